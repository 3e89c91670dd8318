-- The therapist's questionnaire schedule picks HOOS-12 beside LEFS, for the portal and the visit form alike.
alter table program add column outcome_with_hoos12 boolean not null default false;
