-- Six weeks of progress, run after the demo programs. Sam Rivera improves, with one ramp warning;
-- Jonas Berg hardly does his exercises; Lena Ortiz's pain is rising. The alerts are stored as the
-- rules would have raised them when the logs came in. Re-runnable: fixed ids, kept if present.

-- The exercises due each day of the current programs, by the same rule as the portal's schedule:
-- an exercise done n days a week falls on days floor(s * 7 / n) of each program week.
insert into due_day (clinic_id, patient_id, day, exercises_due)
select v.clinic_id, p.patient_id, d.day, count(*)
from program p
join program_version v on v.program_id = p.id and v.number = p.current_version
join program_item i on i.program_version_id = v.id
cross join lateral (select (v.start_date + k) as day, k from generate_series(0, 363) k) d
where p.id in (900001, 900002, 900003, 900004)
  and d.k / 7 + 1 >= i.from_week and (i.to_week is null or d.k / 7 + 1 <= i.to_week)
  and exists (select 1 from generate_series(0, i.times_per_week - 1) s where s * 7 / i.times_per_week = d.k % 7)
group by v.clinic_id, p.patient_id, d.day
on conflict do nothing;

-- Sam: five of six due days done, pain after easing from 5 to 1; today and yesterday are his to log.
insert into session_log (id, clinic_id, patient_id, log_day, exercises_done, pain_during, pain_after, note, logged_at, version)
select 910000 + (current_date - d.day), d.clinic_id, d.patient_id, d.day, d.exercises_due,
       greatest(0, 3 - (42 - (current_date - d.day)) / 14), greatest(1, 5 - (42 - (current_date - d.day)) / 10),
       null, d.day + time '19:30', 0
from due_day d
where d.patient_id = 900001 and d.day between current_date - 41 and current_date - 2 and (current_date - d.day) % 6 <> 0
on conflict do nothing;

-- Sam's runs, in his trail shoes: the ramp from four weeks ago, then a fourth week that went too far.
insert into shoe (id, clinic_id, patient_id, name, shoe_type, starting_km, retired, version)
values (910001, 'northside', 900001, 'Trail pair', 'TRAIL', 180, false, 0)
on conflict do nothing;

insert into run_log (id, clinic_id, patient_id, submission_id, run_day, km, duration_minutes, pain_during, pain_after,
                     soreness_hours, still_sore, surface, shoe_id, logged_at)
select 910000 + n, 'northside', 900001, 'demo-sam-run-' || n, current_date - 28 + offs, km, minutes, 1, pain, 24, false, 'TRAIL',
       910001, (current_date - 28 + offs) + time '08:00'
from (values (1, 0, 2.414, 16, 2), (2, 2, 2.414, 16, 2), (3, 4, 2.414, 15, 2),
             (4, 7, 3.219, 21, 2), (5, 9, 3.219, 21, 2), (6, 11, 3.219, 20, 1), (7, 13, 3.219, 20, 1),
             (8, 14, 4.828, 31, 1), (9, 16, 4.828, 30, 1), (10, 18, 4.828, 30, 1), (11, 20, 4.828, 30, 1),
             (12, 21, 6.0, 37, 1), (13, 23, 6.0, 37, 2), (14, 25, 6.0, 36, 2), (15, 27, 6.0, 36, 2)) runs(n, offs, km, minutes, pain)
on conflict do nothing;

-- LEFS (answers summing to 44, 53, 62) and pain now, at the intake, three weeks in, and last week.
-- Sam answers HOOS-12 too (his schedule picks it): pain, function and quality of life rise with his LEFS.
insert into outcome_measure (id, clinic_id, patient_id, taken_on, recorded_by, lefs_answers, lefs_total, pain, recorded_at,
                             hoos_answers, hoos_pain, hoos_function, hoos_quality)
values (910001, 'northside', 900001, current_date - 42, 'northside-pt', '2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3', 44, 5, now() - interval '42 days',
        '2,2,2,1,2,1,2,2,3,2,2,2', 56, 56, 44),
       (910002, 'northside', 900001, current_date - 21, 'northside-patient', '2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3', 53, 3, now() - interval '21 days',
        '1,1,2,1,1,1,1,2,2,2,1,1', 69, 69, 63),
       (910003, 'northside', 900001, current_date - 3, 'northside-patient', '3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4', 62, 2, now() - interval '3 days',
        '1,0,1,0,0,0,1,1,1,1,1,0', 88, 88, 81)
on conflict do nothing;

insert into outcome_measure (id, clinic_id, patient_id, taken_on, recorded_by, lefs_answers, lefs_total, pain, recorded_at)
values (920001, 'northside', 900003, current_date - 20, 'northside-pt', '2,2,2,2,2,2,3,3,3,3,3,3,3,3,2,2,2,2,2,2', 50, 4, now() - interval '20 days'),
       (930001, 'northside', 900006, current_date - 28, 'northside-pt', '3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,2,2', 58, 3, now() - interval '28 days'),
       (930002, 'northside', 900006, current_date - 2, 'northside-pt', '3,3,3,3,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2', 46, 6, now() - interval '2 days')
on conflict do nothing;

-- Jonas: three sessions in three weeks.
insert into session_log (id, clinic_id, patient_id, log_day, exercises_done, pain_during, pain_after, note, logged_at, version)
values (920001, 'northside', 900003, current_date - 20, 3, 2, 3, null, now() - interval '20 days', 0),
       (920002, 'northside', 900003, current_date - 13, 2, 2, 3, 'Busy week.', now() - interval '13 days', 0),
       (920003, 'northside', 900003, current_date - 4, 1, 2, 3, null, now() - interval '4 days', 0)
on conflict do nothing;

-- Lena: faithful to the program, but pain after exercise climbing over the last sessions.
insert into session_log (id, clinic_id, patient_id, log_day, exercises_done, pain_during, pain_after, note, logged_at, version)
select 930000 + (current_date - d.day), d.clinic_id, d.patient_id, d.day, d.exercises_due,
       case when current_date - d.day <= 3 then 3 else 1 end,
       case current_date - d.day when 3 then 3 when 2 then 4 when 1 then 5 else 2 end,
       case when current_date - d.day = 1 then 'Sharper after the run yesterday.' end, d.day + time '20:00', 0
from due_day d
where d.patient_id = 900006 and d.day between current_date - 27 and current_date - 1
on conflict do nothing;

insert into progress_alert (id, clinic_id, patient_id, kind, detail, raised_at, acknowledged_by, acknowledged_at, note, version)
values (910001, 'northside', 900001, 'SORENESS', to_char(current_date - 20, 'YYYY-MM-DD') || ' 80', now() - interval '17 days',
        'northside-pt', now() - interval '16 days', 'Phoned: an extra rest day, then the ramp as planned.', 1),
       (910002, 'northside', 900001, 'RAMP', '24.3', now() - interval '1 day', null, null, null, 0),
       (920001, 'northside', 900003, 'ADHERENCE', '17', now() - interval '2 days', null, null, null, 0),
       (930001, 'northside', 900006, 'PAIN', '3 4 5', now() - interval '1 day', null, null, null, 0)
on conflict do nothing;
