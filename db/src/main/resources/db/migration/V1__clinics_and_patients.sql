-- Clinics are the tenants. The slug is the tenant key: it is what Keycloak puts in the
-- `clinic` claim and what every tenant-owned row carries in clinic_id.
create table clinic (
    id            varchar(40)  primary key,
    name          varchar(120) not null,
    time_zone     varchar(60)  not null,
    distance_unit varchar(10)  not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint clinic_slug_format check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    constraint clinic_distance_unit check (distance_unit in ('KILOMETRES', 'MILES'))
);

-- allocationSize 50 on the entity: the sequence must advance in the same steps.
create sequence patient_seq start with 50 increment by 50;

create table patient (
    id            bigint       primary key,
    clinic_id     varchar(40)  not null references clinic (id),
    given_name    varchar(80)  not null,
    family_name   varchar(80)  not null,
    date_of_birth date         not null,
    status        varchar(20)  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint patient_status check (status in ('ACTIVE', 'DISCHARGED'))
);

create index patient_clinic_family_name_idx on patient (clinic_id, lower(family_name), lower(given_name));
create index patient_clinic_date_of_birth_idx on patient (clinic_id, date_of_birth);

-- Second, independent tenancy layer: whatever SQL reaches the database, a row is visible and
-- writable only when its clinic is the one the transaction declared in app.clinic_id.
alter table patient enable row level security;
create policy patient_tenant_isolation on patient
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select on clinic to ${appRole};
grant select, insert, update on patient to ${appRole};
grant usage on sequence patient_seq to ${appRole};
