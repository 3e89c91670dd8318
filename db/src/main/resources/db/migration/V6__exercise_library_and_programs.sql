-- Home programs. The exercise library and the program templates have two kinds of rows: shared
-- ones (clinic_id null: seeded below, readable by every clinic, writable by none) and a clinic's
-- own. A patient's program is never edited in place: each change adds a program_version.
-- Shared seed rows use ids below 10000; the sequences hand out ids above.
create sequence exercise_seq start with 10050 increment by 50;

create table exercise (
    id             bigint        primary key,
    clinic_id      varchar(40)   references clinic (id),
    name           varchar(120)  not null,
    category       varchar(20)   not null
        check (category in ('WARM_UP', 'STRENGTH', 'MOBILITY', 'GAIT_RETRAINING', 'RECOVERY')),
    target         varchar(80)   not null,
    sets           integer       check (sets between 1 and 10),
    reps           integer       check (reps between 1 and 100),
    hold_seconds   integer       check (hold_seconds between 1 and 600),
    per_side       boolean       not null default false,
    times_per_week integer       not null check (times_per_week between 1 and 7),
    minutes        integer       check (minutes between 1 and 180),
    distance_km    numeric(9, 3) check (distance_km > 0 and distance_km <= 100),
    cadence        integer       check (cadence between 120 and 220),
    instructions   varchar(4000) not null,
    cautions       varchar(4000),
    source         varchar(80),
    version        bigint        not null default 0,
    constraint exercise_sets_of_something check (sets is null or reps is not null or hold_seconds is not null)
);

create index exercise_clinic_category_idx on exercise (clinic_id, category);

create sequence program_template_seq start with 10050 increment by 50;

create table program_template (
    id            bigint        primary key,
    clinic_id     varchar(40)   references clinic (id),
    name          varchar(120)  not null,
    description   varchar(2000),
    return_to_run boolean       not null default false,
    version       bigint        not null default 0
);

create index program_template_clinic_idx on program_template (clinic_id);

-- The dosage columns repeat exercise's: a template or program item carries its own dosage.
create table template_item (
    template_id    bigint        not null references program_template (id) on delete cascade,
    position       integer       not null,
    exercise_id    bigint        not null references exercise (id),
    from_week      integer       not null check (from_week between 1 and 104),
    to_week        integer       check (to_week between from_week and 104),
    sets           integer       check (sets between 1 and 10),
    reps           integer       check (reps between 1 and 100),
    hold_seconds   integer       check (hold_seconds between 1 and 600),
    per_side       boolean       not null default false,
    times_per_week integer       not null check (times_per_week between 1 and 7),
    minutes        integer       check (minutes between 1 and 180),
    distance_km    numeric(9, 3) check (distance_km > 0 and distance_km <= 100),
    cadence        integer       check (cadence between 120 and 220),
    note           varchar(500),
    primary key (template_id, position)
);

create index template_item_exercise_idx on template_item (exercise_id);

create sequence program_seq start with 50 increment by 50;

create table program (
    id              bigint       primary key,
    clinic_id       varchar(40)  not null references clinic (id),
    patient_id      bigint       not null references patient (id),
    current_version integer      not null default 0,
    version         bigint       not null default 0,
    constraint program_one_per_patient unique (clinic_id, patient_id)
);

create sequence program_version_seq start with 50 increment by 50;

create table program_version (
    id                 bigint        primary key,
    clinic_id          varchar(40)   not null references clinic (id),
    program_id         bigint        not null references program (id),
    number             integer       not null check (number >= 1),
    start_date         date          not null,
    return_to_run_from date          check (return_to_run_from >= start_date),
    notes              varchar(2000),
    created_by         varchar(80)   not null,
    created_at         timestamptz   not null,
    constraint program_version_number unique (program_id, number)
);

create index program_version_clinic_program_idx on program_version (clinic_id, program_id, number desc);

create table program_item (
    program_version_id bigint        not null references program_version (id),
    position           integer       not null,
    exercise_id        bigint        not null references exercise (id),
    from_week          integer       not null check (from_week between 1 and 104),
    to_week            integer       check (to_week between from_week and 104),
    sets               integer       check (sets between 1 and 10),
    reps               integer       check (reps between 1 and 100),
    hold_seconds       integer       check (hold_seconds between 1 and 600),
    per_side           boolean       not null default false,
    times_per_week     integer       not null check (times_per_week between 1 and 7),
    minutes            integer       check (minutes between 1 and 180),
    distance_km        numeric(9, 3) check (distance_km > 0 and distance_km <= 100),
    cadence            integer       check (cadence between 120 and 220),
    note               varchar(500),
    primary key (program_version_id, position)
);

-- A user's own settings, e.g. miles or kilometres; without a row the clinic's default applies.
create table user_preference (
    clinic_id     varchar(40)  not null references clinic (id),
    username      varchar(80)  not null,
    distance_unit varchar(10)  not null check (distance_unit in ('KILOMETRES', 'MILES')),
    version       bigint       not null default 0,
    primary key (clinic_id, username)
);

alter table exercise enable row level security;
alter table program_template enable row level security;
alter table template_item enable row level security;
alter table program enable row level security;
alter table program_version enable row level security;
alter table program_item enable row level security;
alter table user_preference enable row level security;

-- Shared rows are readable by every clinic; only a clinic's own rows are writable.
create policy exercise_read on exercise for select
    using (clinic_id is null or clinic_id = current_setting('app.clinic_id', true));
create policy exercise_write on exercise
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy program_template_read on program_template for select
    using (clinic_id is null or clinic_id = current_setting('app.clinic_id', true));
create policy program_template_write on program_template
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

-- Item rows follow their parent: visible when the parent is, writable when the parent is the clinic's.
create policy template_item_read on template_item for select
    using (exists (select 1 from program_template t where t.id = template_id));
create policy template_item_write on template_item
    using (exists (select 1 from program_template t where t.id = template_id
                   and t.clinic_id = current_setting('app.clinic_id', true)))
    with check (exists (select 1 from program_template t where t.id = template_id
                        and t.clinic_id = current_setting('app.clinic_id', true)));
create policy program_tenant_isolation on program
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy program_version_tenant_isolation on program_version
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
create policy program_item_tenant_isolation on program_item
    using (exists (select 1 from program_version v where v.id = program_version_id))
    with check (exists (select 1 from program_version v where v.id = program_version_id));
create policy user_preference_tenant_isolation on user_preference
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select, insert, update on exercise to ${appRole};
grant select, insert, update on program_template to ${appRole};
grant select, insert, update, delete on template_item to ${appRole};
grant select, insert, update on program to ${appRole};
grant select, insert on program_version to ${appRole};
grant select, insert on program_item to ${appRole};
grant select, insert, update on user_preference to ${appRole};
grant usage on sequence exercise_seq, program_template_seq, program_seq, program_version_seq to ${appRole};
