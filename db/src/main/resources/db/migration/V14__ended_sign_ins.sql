-- When a user's sign-ins were ended: they signed out somewhere, were disabled, or lost portal access, in the
-- portal or in Keycloak. Every portal session of that user that signed in before then ends at its next request,
-- on every node (each node reads what changed every few seconds). Keycloak user ids, no clinic data: no
-- row-level security.
create table ended_sign_in (
    subject     varchar(64) primary key,
    ended_at    timestamptz not null,
    recorded_at timestamptz not null default clock_timestamp()
);

create index ended_sign_in_recorded_idx on ended_sign_in (recorded_at);

grant select, insert, update, delete on ended_sign_in to ${appRole};
