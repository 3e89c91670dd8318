-- Demo patients and intakes, run as the schema owner (row-level security does not bind it).
-- Re-runnable: rows have fixed ids far above what the sequences hand out, and are kept if present.
-- Sam Rivera and Maya Chen are linked to the demo logins northside-patient and harbor-patient.
insert into patient (id, clinic_id, given_name, family_name, date_of_birth, status, created_at, email, phone,
                     assigned_therapist, portal_account, version)
values (900001, 'northside', 'Sam', 'Rivera', '1989-05-14', 'ACTIVE', now(), 'sam.rivera@example.org', '+1 312 555 0101', 'northside-pt', 'a3f1c2d4-0001-4c6e-9b1a-5d2e7f8a9001', 0),
       (900002, 'northside', 'Priya', 'Nair', '1978-11-02', 'ACTIVE', now(), 'priya.nair@example.org', null, 'northside-pt', null, 0),
       (900003, 'northside', 'Jonas', 'Berg', '1995-01-23', 'ACTIVE', now(), null, '+1 312 555 0103', 'northside-pt', null, 0),
       (900004, 'harbor', 'Maya', 'Chen', '1991-07-30', 'ACTIVE', now(), 'maya.chen@example.org', null, 'harbor-pt', 'a3f1c2d4-0002-4c6e-9b1a-5d2e7f8a9002', 0),
       (900005, 'harbor', 'Tom', 'Byrne', '1983-03-11', 'ACTIVE', now(), null, null, 'harbor-pt', null, 0)
on conflict (id) do nothing;

-- Sam Rivera: signed, a lateral-hip pattern (outer-hip ache hours after runs, pelvic drop).
insert into intake (id, clinic_id, patient_id, visit_date, status, created_by, created_at, signed_by, signed_at, version,
                    pain_locations, onset_timing, onset_course, pain_at_rest, pain_during_run, pain_after_run,
                    aggravating_activities, stiffness, weekly_km_now, weekly_km_four_weeks_ago, surfaces, shoe_type,
                    shoe_km, heavy_runner, sitting_hours, risk_factors, red_flag_answers,
                    abductor_strength_left, abductor_strength_right, trochanteric_tenderness_left,
                    trochanteric_tenderness_right, trendelenburg_left, trendelenburg_right, squat_left, squat_right,
                    gait_overstriding, gait_pelvic_drop, cadence, hypotheses, clinical_reasoning)
values (900001, 'northside', 900001, current_date - 43, 'SIGNED', 'northside-pt', now() - interval '43 days', 'northside-pt',
        now() - interval '43 days', 1,
        'LATERAL_HIP', 'HOURS_AFTER_OR_NEXT_MORNING', 'GRADUAL', 1, 2, 5,
        'STAIRS,LYING_ON_AFFECTED_SIDE', true, 40.234, 32.187, 'ASPHALT,CAMBERED_ROAD', 'ROAD',
        482.803, false, 8.0, 'WEAK_GLUTES',
        'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=N,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N',
        4, 5, true, false, true, false, 'POOR', 'GOOD',
        true, true, 158, 'LATERAL_HIP_OVERLOAD,TROCHANTERIC_BURSITIS',
        'Outer-hip ache hours after runs with a left pelvic drop and weak left abductors; overstriding at a low cadence.')
on conflict (id) do nothing;

-- Priya Nair: a red flag answered yes (pain at night), not yet acknowledged.
insert into intake (id, clinic_id, patient_id, visit_date, status, created_by, created_at, version,
                    pain_locations, onset_course, pain_at_rest, pain_during_run, pain_after_run, red_flag_answers)
values (900002, 'northside', 900002, current_date - 2, 'DRAFT', 'northside-pt', now() - interval '2 days', 1,
        'GROIN,ANTERIOR_HIP', 'GRADUAL', 4, 6, 7,
        'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=Y,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N')
on conflict (id) do nothing;

insert into referral_alert (id, clinic_id, patient_id, intake_id, red_flags, raised_at, version)
values (900001, 'northside', 900002, 900002, 'NIGHT_PAIN', now() - interval '2 days', 0)
on conflict (id) do nothing;

-- Jonas Berg: a draft begun today.
insert into intake (id, clinic_id, patient_id, visit_date, status, created_by, created_at, version,
                    pain_locations, onset_timing, pain_after_run)
values (900003, 'northside', 900003, current_date, 'DRAFT', 'northside-pt', now(), 0, 'ANTERIOR_HIP', 'RIGHT_AFTER', 4)
on conflict (id) do nothing;

-- Harbor's patients: one signed intake with an IT-band pattern.
insert into intake (id, clinic_id, patient_id, visit_date, status, created_by, created_at, signed_by, signed_at, version,
                    pain_locations, onset_course, pain_after_run, training_changes, red_flag_answers, ober_left,
                    hypotheses)
values (900004, 'harbor', 900004, current_date - 7, 'SIGNED', 'harbor-pt', now() - interval '7 days', 'harbor-pt',
        now() - interval '7 days', 1, 'LATERAL_HIP,RADIATING_TO_KNEE', 'GRADUAL', 5, 'DOWNHILL',
        'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=N,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N',
        true, 'ILIOTIBIAL_BAND_SYNDROME')
on conflict (id) do nothing;

-- Sam Rivera's follow-up yesterday: less pain, stronger left abductors, a quicker cadence.
insert into intake (id, clinic_id, patient_id, kind, visit_date, status, created_by, created_at, signed_by, signed_at,
                    version, pain_locations, pain_at_rest, pain_during_run, pain_after_run, red_flag_answers,
                    abductor_strength_left, abductor_strength_right, trochanteric_tenderness_left,
                    trochanteric_tenderness_right, trendelenburg_left, trendelenburg_right, squat_left, squat_right,
                    gait_overstriding, gait_pelvic_drop, cadence, hypotheses)
values (900005, 'northside', 900001, 'FOLLOW_UP', current_date - 1, 'SIGNED', 'northside-pt', now() - interval '1 day',
        'northside-pt', now() - interval '1 day', 1, 'LATERAL_HIP', 0, 1, 2,
        'POP_OR_SUDDEN_WEAKNESS=N,CANNOT_BEAR_WEIGHT=N,HOT_SWOLLEN_OR_FEVER=N,NERVE_SYMPTOMS_DOWN_LEG=N,DEEP_GROIN_PAIN_WORSENING=N,SEVERE_OR_WITH_WEIGHT_LOSS=N,BONE_DEEP_PAIN_AFTER_RAMP=N,NIGHT_PAIN=N,SWELLING_OR_BRUISING=N,SHARP_STABBING_PAIN=N,NO_IMPROVEMENT_WITH_REST=N',
        5, 5, false, false, false, false, 'FAIR', 'GOOD', false, false, 168, 'LATERAL_HIP_OVERLOAD')
on conflict (id) do nothing;
