-- Demo tenants. Their slugs match the `clinic` attribute of the demo users in the
-- clinic-portal realm. Re-runnable: existing rows are left as they are.
insert into clinic (id, name, time_zone, distance_unit)
values ('northside', 'Northside Running Clinic', 'America/Chicago', 'MILES'),
       ('harbor', 'Harbor Physio', 'Europe/London', 'KILOMETRES')
on conflict (id) do nothing;
