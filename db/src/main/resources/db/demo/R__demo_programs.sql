-- Demo home programs, run as the schema owner after the demo patients. Re-runnable like them.
-- Sam Rivera (northside-patient) follows lateral-hip strengthening, gait retraining and the
-- return-to-run ramp, changed once by his therapist; Maya Chen (harbor-patient) a mobility program.
-- Jonas Berg and Lena Ortiz (Northside) have programs too, for the caseload's story (R__demo_progress).
insert into patient (id, clinic_id, given_name, family_name, date_of_birth, status, created_at, email, phone,
                     assigned_therapist, portal_account, version)
values (900006, 'northside', 'Lena', 'Ortiz', '1986-09-19', 'ACTIVE', now() - interval '30 days', 'lena.ortiz@example.org', null,
        'northside-pt', null, 0)
on conflict (id) do nothing;

insert into program (id, clinic_id, patient_id, current_version, version, outcome_every_weeks, outcome_with_hoos12)
values (900001, 'northside', 900001, 2, 2, 3, true),
       (900002, 'harbor', 900004, 1, 1, null, false),
       (900003, 'northside', 900003, 1, 1, 2, false),
       (900004, 'northside', 900006, 1, 1, 2, false)
on conflict (id) do nothing;

insert into program_version (id, clinic_id, program_id, number, start_date, return_to_run_from, notes, created_by, created_at)
values (900001, 'northside', 900001, 1, current_date - 42, null,
        'Three strength days a week; easy walking is fine, no running yet.',
        'northside-pt', now() - interval '42 days'),
       (900002, 'northside', 900001, 2, current_date - 42, current_date - 28,
        'The hip settled: running is back in, by the ramp. Keep the strength days, do the prehab before every run, and practise one gait cue per run.',
        'northside-pt', now() - interval '28 days'),
       (900003, 'harbor', 900002, 1, current_date - 3, null,
        'Stretch the hip flexors every day, and after every long stretch at the desk.',
        'harbor-pt', now() - interval '3 days'),
       (900004, 'northside', 900003, 1, current_date - 20, null,
        'Three strength days a week: they are what lets you run again.',
        'northside-pt', now() - interval '20 days'),
       (900005, 'northside', 900004, 1, current_date - 28, null,
        'Stretch every day; easy runs only, on soft ground.',
        'northside-pt', now() - interval '28 days')
on conflict (id) do nothing;

insert into program_item (program_version_id, position, exercise_id, from_week, to_week, sets, reps, hold_seconds,
                          per_side, times_per_week, minutes, cadence, note, clinic_id)
select i.*, v.clinic_id
  from (values (900001, 0, 12, 1, 2, 2, 15, null, false, 3, null, null, null),
       (900001, 1, 10, 1, null, 2, 10, null, true, 3, null, null, 'Build up to 10 per side.'),
       (900001, 2, 13, 1, null, 2, 12, null, true, 3, null, null, null),
       (900001, 3, 14, 1, null, 3, null, 20, true, 3, null, null, null),

       (900002, 0, 12, 1, 2, 2, 15, null, false, 3, null, null, null),
       (900002, 1, 10, 1, null, 2, 12, null, true, 3, null, null, 'Now 12 per side, slowly down.'),
       (900002, 2, 13, 1, null, 2, 12, null, true, 3, null, null, 'With the green band.'),
       (900002, 3, 14, 1, null, 3, null, 25, true, 3, null, null, null),
       (900002, 4, 11, 3, null, 2, 10, null, true, 3, null, null, null),
       (900002, 5, 15, 3, null, 2, 15, null, true, 3, null, null, null),
       (900002, 6, 1, 2, null, null, null, null, false, 4, 10, null, 'Before every run.'),
       (900002, 7, 46, 2, null, null, 15, null, true, 4, null, null, 'Prehab: before every run.'),
       (900002, 8, 60, 2, null, null, null, null, false, 3, 5, null, 'Your first cue.'),
       (900002, 9, 61, 3, null, null, null, null, false, 3, 5, 166, 'Your cadence was 158 at the visit: aim for 166.'),
       (900002, 10, 70, 2, null, null, null, 30, true, 4, null, null, 'After every run.'),
       (900002, 11, 40, 1, null, 2, null, 30, true, 7, null, null, 'Every day, and after long stretches at the desk.'),
       (900002, 12, 51, 1, null, null, null, null, false, 7, 10, null, null),

       (900003, 0, 40, 1, null, 2, null, 30, true, 7, null, null, 'Also after long stretches of sitting.'),
       (900003, 1, 42, 1, null, 2, null, 30, true, 7, null, null, null),
       (900003, 2, 45, 1, null, null, 10, null, true, 7, null, null, null),
       (900003, 3, 12, 1, null, 2, 15, null, false, 3, null, null, null),
       (900003, 4, 51, 1, null, null, null, null, false, 7, 10, null, null),

       (900004, 0, 12, 1, null, 2, 15, null, false, 3, null, null, null),
       (900004, 1, 10, 1, null, 2, 10, null, true, 3, null, null, null),
       (900004, 2, 13, 1, null, 2, 12, null, true, 3, null, null, null),

       (900005, 0, 40, 1, null, 2, null, 30, true, 7, null, null, null),
       (900005, 1, 42, 1, null, 2, null, 30, true, 7, null, null, null),
       (900005, 2, 12, 1, null, 2, 15, null, false, 3, null, null, null))
       as i (program_version_id, position, exercise_id, from_week, to_week, sets, reps, hold_seconds,
             per_side, times_per_week, minutes, cadence, note)
  join program_version v on v.id = i.program_version_id
on conflict do nothing;
