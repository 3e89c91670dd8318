-- Fills a clinic with generated patients and their records, as a clinic of that size would have them after
-- months of use: a signed intake (a few with a red flag awaiting referral), a home program with its due days,
-- four weeks of session logs (some patients keep up, some do not), runs, LEFS, alerts and audit entries.
-- Run as the schema owner by ScaleData, statement by statement, with the settings scale.clinic (the slug),
-- scale.patients (how many) and scale.therapists (the usernames the patients are assigned to, comma-separated).
-- Names and numbers come from each patient's number, so two runs make the same kind of clinic.

create temporary table scale_patient on commit preserve rows as
select nextval('patient_seq') as id, g as n,
       current_setting('scale.clinic') as clinic_id,
       (string_to_array(current_setting('scale.therapists'), ','))[1 + g % cardinality(string_to_array(current_setting('scale.therapists'), ','))] as therapist,
       (array['Alex','Bea','Carlos','Dana','Emil','Fatima','Greta','Hugo','Ines','Jamal','Kai','Lina','Mateo','Nina','Oskar',
              'Paula','Quinn','Rosa','Sven','Tara','Uma','Viktor','Wen','Yara','Zoe'])[1 + g % 25] as given_name,
       (array['Andersen','Baker','Costa','Dubois','Eriksen','Fischer','Garcia','Hansen','Ito','Jensen','Kowalski','Larsen',
              'Moreau','Novak','Olsen','Petrov','Quist','Rossi','Schmidt','Tanaka','Ueda','Vargas','Weber','Young','Zimmer'])[1 + (g / 25) % 25]
           || case when g >= 625 then '-' || (g / 625)::text else '' end as family_name,
       date '1960-01-01' + (g * 37) % 16000 as date_of_birth,
       case when g % 10 = 0 then 'DISCHARGED' else 'ACTIVE' end as status,
       g % 7 as habit
  from generate_series(1, current_setting('scale.patients')::int) g;

-- Temporary tables get no statistics of their own: without them the planner guesses a few rows and joins by
-- nested loops.
analyze scale_patient;

-- The records in one transaction, the caseload's rows refreshed once at its end: the triggers would refresh them
-- after each insert, planned with statistics from before it (a table of a million rows taken for one of a few).
-- Writes to these tables wait until it commits; reads do not.
begin;
alter table patient disable trigger caseload_after_insert;
alter table due_day disable trigger caseload_after_insert;
alter table session_log disable trigger caseload_after_insert;
alter table run_log disable trigger caseload_after_insert;
alter table outcome_measure disable trigger caseload_after_insert;
alter table progress_alert disable trigger caseload_after_insert;
alter table referral_alert disable trigger caseload_after_insert;

insert into patient (id, clinic_id, given_name, family_name, date_of_birth, status, created_at, email, phone, assigned_therapist, version)
select id, clinic_id, given_name, family_name, date_of_birth, status, now() - ((n % 300) || ' days')::interval,
       'patient' || id || '@example.org', null, therapist, 0
  from scale_patient;

insert into intake (id, clinic_id, patient_id, visit_date, status, created_by, created_at, signed_by, signed_at, version,
                    pain_locations, onset_timing, onset_course, pain_at_rest, pain_during_run, pain_after_run,
                    aggravating_activities, stiffness, weekly_km_now, weekly_km_four_weeks_ago, surfaces, shoe_type, shoe_km,
                    heavy_runner, sitting_hours, risk_factors, red_flag_answers, abductor_strength_left,
                    abductor_strength_right, gait_overstriding, gait_pelvic_drop, cadence, hypotheses, clinical_reasoning)
select nextval('intake_seq'), clinic_id, id, current_date - 42, 'SIGNED', therapist, now() - interval '42 days', therapist,
       now() - interval '42 days', 1,
       (array['LATERAL_HIP','ANTERIOR_HIP','BUTTOCK'])[1 + n % 3], 'HOURS_AFTER_OR_NEXT_MORNING', 'GRADUAL',
       n % 3, 2 + n % 4, 3 + n % 5, 'STAIRS,LYING_ON_AFFECTED_SIDE', n % 2 = 0, 30 + n % 30, 25 + n % 20, 'ASPHALT', 'ROAD',
       300 + n % 500, false, 6 + n % 5,
       'WEAK_GLUTES',
       case when n % 40 = 0 then 'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=Y,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N'
            else 'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=N,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N' end,
       4, 3 + n % 2, true, n % 2 = 0, 160 + n % 10, 'LATERAL_HIP_OVERLOAD',
       'Outer-hip ache after runs with weak abductors; load management and strengthening.'
  from scale_patient;

insert into referral_alert (id, clinic_id, patient_id, intake_id, red_flags, raised_at, version)
select nextval('referral_alert_seq'), i.clinic_id, i.patient_id, i.id, 'NIGHT_PAIN', now() - interval '42 days', 0
  from intake i join scale_patient p on p.id = i.patient_id
 where p.n % 40 = 0;

insert into program (id, clinic_id, patient_id, current_version, version, outcome_every_weeks)
select nextval('program_seq'), clinic_id, id, 1, 1, 3 from scale_patient;

insert into program_version (id, clinic_id, program_id, number, start_date, return_to_run_from, notes, created_by, created_at)
select nextval('program_version_seq'), pr.clinic_id, pr.id, 1, current_date - 41, null,
       'Three strength days a week; easy runs only.', p.therapist, now() - interval '41 days'
  from program pr join scale_patient p on p.id = pr.patient_id;

insert into program_item (program_version_id, position, exercise_id, from_week, to_week, sets, reps, hold_seconds,
                          per_side, times_per_week, minutes, cadence, note, clinic_id)
select v.id, e.position, e.exercise_id, 1, null, 2, 12, null, true, 3, null, null, null, v.clinic_id
  from program_version v join program pr on pr.id = v.program_id join scale_patient p on p.id = pr.patient_id
 cross join (select row_number() over (order by x.id) - 1 as position, x.id as exercise_id
               from (select id from exercise where clinic_id is null order by id limit 3) x) e;

-- Three exercises due on three days of each week, from six weeks ago to a week ahead.
insert into due_day (clinic_id, patient_id, day, exercises_due)
select p.clinic_id, p.id, current_date - 41 + k, 3
  from scale_patient p cross join generate_series(0, 48) k
 where k % 7 in (0, 2, 4);

analyze due_day;

-- Four weeks of sessions: how often a patient logs depends on their habit (from almost always to hardly).
insert into session_log (id, clinic_id, patient_id, log_day, exercises_done, pain_during, pain_after, note, logged_at, version)
select nextval('session_log_seq'), d.clinic_id, d.patient_id, d.day, 2 + (p.n + k) % 2, 1 + p.n % 3,
       greatest(0, 5 - k / 7 - p.habit % 2), null, d.day + time '18:30', 0
  from scale_patient p join due_day d on d.clinic_id = p.clinic_id and d.patient_id = p.id
 cross join lateral (select (d.day - (current_date - 27)) as k) offs
 where d.day between current_date - 27 and current_date - 1 and (p.n + k) % 7 < 7 - p.habit;

analyze session_log;

insert into run_log (id, clinic_id, patient_id, submission_id, run_day, km, duration_minutes, pain_during, pain_after,
                     soreness_hours, still_sore, surface, shoe_id, logged_at)
select nextval('run_log_seq'), p.clinic_id, p.id, 'scale-' || p.id || '-' || r, current_date - 3 - r * 5,
       3 + (p.n + r) % 4, 20 + (p.n + r) % 15, 1, 1 + (p.n + r) % 4, 24, false, 'ASPHALT', null,
       (current_date - 3 - r * 5) + time '07:30'
  from scale_patient p cross join generate_series(0, 2) r;

insert into outcome_measure (id, clinic_id, patient_id, taken_on, recorded_by, lefs_answers, lefs_total, pain, recorded_at)
select nextval('outcome_measure_seq'), p.clinic_id, p.id, current_date - 42 + m * 21, p.therapist,
       '2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2', 40, 5 - m * 2, now() - ((42 - m * 21) || ' days')::interval
  from scale_patient p cross join generate_series(0, 1) m
 where m = 0 or p.n % 2 = 0;

insert into progress_alert (id, clinic_id, patient_id, kind, detail, raised_at, version)
select nextval('progress_alert_seq'), p.clinic_id, p.id, case when p.habit >= 5 then 'ADHERENCE' else 'PAIN' end,
       case when p.habit >= 5 then '40' else '3 4 5' end,
       now() - interval '2 days', 0
  from scale_patient p
 where p.habit >= 5 or p.n % 13 = 0;

analyze patient;
analyze session_log;
analyze run_log;
analyze outcome_measure;
analyze progress_alert;
analyze referral_alert;
do $$
begin
    perform refresh_caseload(current_setting('scale.clinic'), null);
end
$$;
alter table patient enable trigger caseload_after_insert;
alter table due_day enable trigger caseload_after_insert;
alter table session_log enable trigger caseload_after_insert;
alter table run_log enable trigger caseload_after_insert;
alter table outcome_measure enable trigger caseload_after_insert;
alter table progress_alert enable trigger caseload_after_insert;
alter table referral_alert enable trigger caseload_after_insert;
commit;

-- Ten entries per patient over three months, in the order they happened: views, saves and progress opened.
-- A few thousand at a time: the chain's end is one row, updated for every entry, and one transaction's updates
-- of a row pile up until it commits.
do $$
begin
    for pass in 0..9 loop
        for part in 0..49 loop
            insert into audit_entry (id, clinic_id, occurred_at, actor, action, patient_id, subject, address)
            select nextval('audit_entry_seq'), e.clinic_id, e.occurred_at, e.therapist, e.action, e.id, e.subject, '127.0.0.1'
              from (select p.clinic_id, p.id, p.therapist,
                           now() - ((90 - pass * 9) || ' days')::interval + ((p.n % 600) || ' minutes')::interval as occurred_at,
                           (array['PATIENT_VIEWED','PROGRESS_VIEWED','PROGRAM_VIEWED','INTAKE_VIEWED','PATIENT_VIEWED'])[1 + (p.n + pass) % 5] as action,
                           p.given_name || ' ' || p.family_name as subject
                      from scale_patient p where (p.n % 600) / 12 = part) e
             order by e.occurred_at;
            commit;
        end loop;
    end loop;
end
$$;

drop table scale_patient;
