-- The initial evaluation. Multi-choice answers are stored as comma-separated codes
-- (clinical_term codes): they are always read together with their intake.
create sequence intake_seq start with 50 increment by 50;

create table intake (
    id                       bigint       primary key,
    clinic_id                varchar(40)  not null references clinic (id),
    patient_id               bigint       not null references patient (id),
    visit_date               date         not null,
    status                   varchar(10)  not null check (status in ('DRAFT', 'SIGNED')),
    created_by               varchar(80)  not null,
    created_at               timestamptz  not null,
    signed_by                varchar(80),
    signed_at                timestamptz,
    version                  bigint       not null default 0,

    pain_locations           varchar(200),
    onset_timing             varchar(40),
    onset_course             varchar(20),
    pain_at_rest             integer      check (pain_at_rest between 0 and 10),
    pain_during_run          integer      check (pain_during_run between 0 and 10),
    pain_after_run           integer      check (pain_after_run between 0 and 10),
    aggravating_activities   varchar(300),
    mechanical_symptoms      varchar(200),
    stiffness                boolean,
    morning_stiffness        boolean,
    weekly_km_now            numeric(9, 3) check (weekly_km_now >= 0),
    weekly_km_four_weeks_ago numeric(9, 3) check (weekly_km_four_weeks_ago >= 0),
    training_changes         varchar(100),
    surfaces                 varchar(100),
    shoe_type                varchar(10),
    shoe_km                  numeric(9, 3) check (shoe_km >= 0),
    heavy_runner             boolean,
    sitting_hours            numeric(4, 1) check (sitting_hours between 0 and 24),
    cross_training           varchar(100),
    risk_factors             varchar(200),
    subjective_notes         varchar(2000),

    red_flag_answers         varchar(600),

    abductor_strength_left  integer check (abductor_strength_left between 0 and 5),
    abductor_strength_right integer check (abductor_strength_right between 0 and 5),
    hip_flexion_left  integer check (hip_flexion_left between -30 and 180),
    hip_flexion_right integer check (hip_flexion_right between -30 and 180),
    hip_extension_left  integer check (hip_extension_left between -30 and 180),
    hip_extension_right integer check (hip_extension_right between -30 and 180),
    internal_rotation_left  integer check (internal_rotation_left between -30 and 180),
    internal_rotation_right integer check (internal_rotation_right between -30 and 180),
    external_rotation_left  integer check (external_rotation_left between -30 and 180),
    external_rotation_right integer check (external_rotation_right between -30 and 180),
    trochanteric_tenderness_left boolean,
    trochanteric_tenderness_right boolean,
    trendelenburg_left boolean,
    trendelenburg_right boolean,
    thomas_left boolean,
    thomas_right boolean,
    ober_left boolean,
    ober_right boolean,
    fadir_left boolean,
    fadir_right boolean,
    faber_left boolean,
    faber_right boolean,
    squat_left               varchar(10),
    squat_right              varchar(10),
    leg_length_difference_mm integer      check (leg_length_difference_mm between 0 and 100),
    gait_overstriding        boolean,
    gait_heavy_heel_strike   boolean,
    gait_foot_ahead          boolean,
    gait_pelvic_drop         boolean,
    gait_trunk_lean          boolean,
    cadence                  integer      check (cadence between 60 and 260),

    hypotheses               varchar(300),
    clinical_reasoning       varchar(4000),

    constraint intake_signed_has_signer check (status = 'DRAFT' or (signed_by is not null and signed_at is not null))
);

create index intake_clinic_patient_idx on intake (clinic_id, patient_id, visit_date desc);

create sequence intake_addendum_seq start with 50 increment by 50;

create table intake_addendum (
    id         bigint        primary key,
    clinic_id  varchar(40)   not null references clinic (id),
    intake_id  bigint        not null references intake (id),
    author     varchar(80)   not null,
    written_at timestamptz   not null,
    text       varchar(4000) not null
);

create index intake_addendum_clinic_intake_idx on intake_addendum (clinic_id, intake_id);

create sequence referral_alert_seq start with 50 increment by 50;

create table referral_alert (
    id              bigint        primary key,
    clinic_id       varchar(40)   not null references clinic (id),
    patient_id      bigint        not null references patient (id),
    intake_id       bigint        references intake (id),
    red_flags       varchar(600)  not null,
    raised_at       timestamptz   not null,
    acknowledged_by varchar(80),
    acknowledged_at timestamptz,
    note            varchar(1000),
    version         bigint        not null default 0,
    constraint referral_alert_acknowledged_with_note
        check (acknowledged_at is null or (acknowledged_by is not null and note is not null))
);

create index referral_alert_clinic_patient_idx on referral_alert (clinic_id, patient_id);
create index referral_alert_clinic_open_idx on referral_alert (clinic_id) where acknowledged_at is null;

alter table intake enable row level security;
alter table intake_addendum enable row level security;
alter table referral_alert enable row level security;

create policy intake_tenant_isolation on intake
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy intake_addendum_tenant_isolation on intake_addendum
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy referral_alert_tenant_isolation on referral_alert
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select, insert, update on intake to ${appRole};
grant select, insert on intake_addendum to ${appRole};
grant select, insert, update on referral_alert to ${appRole};
grant usage on sequence intake_seq, intake_addendum_seq, referral_alert_seq to ${appRole};
