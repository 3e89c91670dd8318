-- Progress between visits: what the patient logs, the outcome measures, the alerts, and the
-- exercises due each day (expanded from the program when it is assigned, so that adherence over any
-- window is one aggregate query for the whole caseload).
create table due_day (
    clinic_id     varchar(40) not null references clinic (id),
    patient_id    bigint      not null references patient (id),
    day           date        not null,
    exercises_due integer     not null check (exercises_due >= 0),
    primary key (clinic_id, patient_id, day)
);

create sequence session_log_seq start with 50 increment by 50;

create table session_log (
    id             bigint        primary key,
    clinic_id      varchar(40)   not null references clinic (id),
    patient_id     bigint        not null references patient (id),
    log_day        date          not null,
    exercises_done integer       not null check (exercises_done >= 0),
    pain_during    integer       not null check (pain_during between 0 and 10),
    pain_after     integer       not null check (pain_after between 0 and 10),
    note           varchar(1000),
    logged_at      timestamptz   not null,
    version        bigint        not null default 0,
    -- One log a day: a second submission corrects it and never duplicates it.
    constraint session_log_one_a_day unique (clinic_id, patient_id, log_day)
);

create table session_log_exercise (
    session_log_id bigint  not null references session_log (id) on delete cascade,
    exercise_id    bigint  not null references exercise (id),
    sets_done      integer not null check (sets_done between 0 and 10),
    primary key (session_log_id, exercise_id)
);

create sequence shoe_seq start with 50 increment by 50;

create table shoe (
    id          bigint        primary key,
    clinic_id   varchar(40)   not null references clinic (id),
    patient_id  bigint        not null references patient (id),
    name        varchar(80)   not null,
    shoe_type   varchar(10)   not null check (shoe_type in ('ROAD', 'TRAIL')),
    starting_km numeric(9, 3) not null check (starting_km >= 0),
    retired     boolean       not null default false,
    version     bigint        not null default 0
);

create index shoe_clinic_patient_idx on shoe (clinic_id, patient_id);

create sequence run_log_seq start with 50 increment by 50;

create table run_log (
    id               bigint        primary key,
    clinic_id        varchar(40)   not null references clinic (id),
    patient_id       bigint        not null references patient (id),
    -- Made when the form opened: the same form sent twice is stored once.
    submission_id    varchar(36)   not null,
    run_day          date          not null,
    km               numeric(9, 3) not null check (km > 0 and km <= 200),
    duration_minutes integer       not null check (duration_minutes between 1 and 1440),
    pain_during      integer       not null check (pain_during between 0 and 10),
    pain_after       integer       not null check (pain_after between 0 and 10),
    soreness_hours   integer       check (soreness_hours between 0 and 720),
    still_sore       boolean       not null default false,
    surface          varchar(20),
    shoe_id          bigint        references shoe (id),
    logged_at        timestamptz   not null,
    constraint run_log_submitted_once unique (clinic_id, submission_id)
);

create index run_log_clinic_patient_day_idx on run_log (clinic_id, patient_id, run_day);
create index run_log_shoe_idx on run_log (shoe_id) where shoe_id is not null;

create sequence outcome_measure_seq start with 50 increment by 50;

create table outcome_measure (
    id            bigint       primary key,
    clinic_id     varchar(40)  not null references clinic (id),
    patient_id    bigint       not null references patient (id),
    taken_on      date         not null,
    recorded_by   varchar(80)  not null,
    lefs_answers  varchar(60)  not null,
    lefs_total    integer      check (lefs_total between 0 and 80),
    pain          integer      not null check (pain between 0 and 10),
    hoos_answers  varchar(40),
    hoos_pain     integer      check (hoos_pain between 0 and 100),
    hoos_function integer      check (hoos_function between 0 and 100),
    hoos_quality  integer      check (hoos_quality between 0 and 100),
    recorded_at   timestamptz  not null
);

create index outcome_measure_clinic_patient_idx on outcome_measure (clinic_id, patient_id, taken_on);

create sequence progress_alert_seq start with 50 increment by 50;

create table progress_alert (
    id              bigint        primary key,
    clinic_id       varchar(40)   not null references clinic (id),
    patient_id      bigint        not null references patient (id),
    kind            varchar(20)   not null check (kind in ('PAIN', 'SORENESS', 'RAMP', 'ADHERENCE', 'SHOES')),
    detail          varchar(200)  not null,
    raised_at       timestamptz   not null,
    acknowledged_by varchar(80),
    acknowledged_at timestamptz,
    note            varchar(1000),
    version         bigint        not null default 0
);

create index progress_alert_clinic_patient_idx on progress_alert (clinic_id, patient_id, raised_at desc);
-- At most one open alert of a kind per patient; acknowledged ones stay as its history.
create unique index progress_alert_one_open_idx on progress_alert (clinic_id, patient_id, kind) where acknowledged_at is null;

alter table program add column outcome_every_weeks integer check (outcome_every_weeks between 1 and 26);

alter table due_day enable row level security;
alter table session_log enable row level security;
alter table session_log_exercise enable row level security;
alter table shoe enable row level security;
alter table run_log enable row level security;
alter table outcome_measure enable row level security;
alter table progress_alert enable row level security;

create policy due_day_tenant_isolation on due_day
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy session_log_tenant_isolation on session_log
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy session_log_exercise_tenant_isolation on session_log_exercise
    using (exists (select 1 from session_log s where s.id = session_log_id))
    with check (exists (select 1 from session_log s where s.id = session_log_id));
create policy shoe_tenant_isolation on shoe
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy run_log_tenant_isolation on run_log
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy outcome_measure_tenant_isolation on outcome_measure
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy progress_alert_tenant_isolation on progress_alert
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select, insert, delete on due_day to ${appRole};
grant select, insert, update on session_log to ${appRole};
grant select, insert, update, delete on session_log_exercise to ${appRole};
grant select, insert, update on shoe to ${appRole};
grant select, insert on run_log to ${appRole};
grant select, insert on outcome_measure to ${appRole};
grant select, insert, update on progress_alert to ${appRole};
grant usage on sequence session_log_seq, shoe_seq, run_log_seq, outcome_measure_seq, progress_alert_seq to ${appRole};
