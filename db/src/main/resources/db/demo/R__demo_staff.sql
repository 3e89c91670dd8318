-- The demo staff, matching the demo logins in docker/keycloak/demo. Re-runnable.
insert into staff_member (id, clinic_id, username, given_name, family_name, email, role, enabled, version)
values (900001, 'northside', 'northside-admin', 'Nadia', 'Brooks', 'northside-admin@clinicportal.test', 'CLINIC_ADMIN', true, 0),
       (900002, 'northside', 'northside-pt', 'Nora', 'Lindqvist', 'northside-pt@clinicportal.test', 'THERAPIST', true, 0),
       (900003, 'harbor', 'harbor-admin', 'Hugo', 'Marsh', 'harbor-admin@clinicportal.test', 'CLINIC_ADMIN', true, 0),
       (900004, 'harbor', 'harbor-pt', 'Henry', 'Adeyemi', 'harbor-pt@clinicportal.test', 'THERAPIST', true, 0)
on conflict do nothing;
