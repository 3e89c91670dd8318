-- The patient registry: contact details, the assigned therapist (their Keycloak username) and the
-- patient's own portal account (Keycloak user id) once access is given.
alter table patient
    add column email              varchar(254),
    add column phone              varchar(40),
    add column assigned_therapist varchar(80),
    add column portal_account     varchar(64);

create index patient_clinic_therapist_idx on patient (clinic_id, assigned_therapist);
-- Name search matches the start of either name, so these indexes serve it.
create index patient_clinic_family_prefix_idx on patient (clinic_id, lower(family_name) text_pattern_ops);
create index patient_clinic_given_prefix_idx on patient (clinic_id, lower(given_name) text_pattern_ops);
create unique index patient_portal_account_idx on patient (portal_account) where portal_account is not null;

-- Who did what, when, to which patient, from where. Written in the same transaction as the
-- change it records; the application may add entries and read them, never alter or remove them.
create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id          bigint       primary key,
    clinic_id   varchar(40)  not null references clinic (id),
    occurred_at timestamptz  not null,
    actor       varchar(80)  not null,
    action      varchar(40)  not null,
    patient_id  bigint,
    subject     varchar(300),
    address     varchar(64)
);

create index audit_entry_clinic_time_idx on audit_entry (clinic_id, occurred_at desc);
create index audit_entry_clinic_patient_idx on audit_entry (clinic_id, patient_id, occurred_at desc);

alter table audit_entry enable row level security;
create policy audit_entry_tenant_isolation on audit_entry
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select, insert on audit_entry to ${appRole};
grant usage on sequence audit_entry_seq to ${appRole};
