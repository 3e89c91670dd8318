-- The clinic's staff as the portal knows them; Keycloak holds their logins. Every account change
-- made through the portal changes this row in the same transaction.
create sequence staff_member_seq start with 50 increment by 50;

create table staff_member (
    id          bigint       primary key,
    clinic_id   varchar(40)  not null references clinic (id),
    username    varchar(80)  not null,
    given_name  varchar(80)  not null,
    family_name varchar(80)  not null,
    email       varchar(254),
    role        varchar(20)  not null check (role in ('THERAPIST', 'CLINIC_ADMIN')),
    enabled     boolean      not null default true,
    version     bigint       not null default 0,
    -- Keycloak usernames are unique in the realm, whatever the clinic.
    constraint staff_member_username unique (username)
);

create index staff_member_clinic_idx on staff_member (clinic_id, lower(family_name));

alter table staff_member enable row level security;
create policy staff_member_tenant_isolation on staff_member
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

grant select, insert, update on staff_member to ${appRole};
grant usage on sequence staff_member_seq to ${appRole};
