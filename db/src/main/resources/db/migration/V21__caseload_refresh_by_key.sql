-- A write of one patient's log, due day, measure or alert refreshes that patient's caseload row in the same
-- statement (the triggers of V16). The function chose its patients by "these, or all when none are named" in one
-- condition; its statement is planned once for any arguments, and that plan read every patient of every clinic to
-- find the one (20-25 ms per logged run at 100 000 patients). The same function, choosing them by key.

create or replace function refresh_caseload(for_clinic varchar, patients bigint[])
    returns void
    language sql
as $$
    insert into caseload_row (patient_id, clinic_id, status, assigned_therapist, given_name, family_name, family_key, given_key,
                              as_of, adherence_7, adherence_28, latest_pain, latest_lefs, lefs_change, open_alerts,
                              open_alert_kinds)
    select p.id, p.clinic_id, p.status, p.assigned_therapist, p.given_name, p.family_name, p.family_key, p.given_key, t.today,
           (select case when sum(d.exercises_due) > 0 then round(100.0 * sum(least(coalesce(s.exercises_done, 0),
                   d.exercises_due)) / sum(d.exercises_due)) end
              from due_day d left join session_log s
                on s.clinic_id = d.clinic_id and s.patient_id = d.patient_id and s.log_day = d.day
             where d.clinic_id = p.clinic_id and d.patient_id = p.id and d.day between t.today - 6 and t.today),
           (select case when sum(d.exercises_due) > 0 then round(100.0 * sum(least(coalesce(s.exercises_done, 0),
                   d.exercises_due)) / sum(d.exercises_due)) end
              from due_day d left join session_log s
                on s.clinic_id = d.clinic_id and s.patient_id = d.patient_id and s.log_day = d.day
             where d.clinic_id = p.clinic_id and d.patient_id = p.id and d.day between t.today - 27 and t.today),
           (select x.pain_after from (
                select s.pain_after, s.log_day as day, s.logged_at as at from session_log s
                 where s.clinic_id = p.clinic_id and s.patient_id = p.id
                union all
                select r.pain_after, r.run_day, r.logged_at from run_log r
                 where r.clinic_id = p.clinic_id and r.patient_id = p.id) x
             order by x.day desc, x.at desc limit 1),
           lefs.latest,
           case when lefs.taken >= 2 then lefs.latest - lefs.first end,
           (select count(*) from progress_alert a
             where a.clinic_id = p.clinic_id and a.patient_id = p.id and a.acknowledged_at is null)
           + (select count(*) from referral_alert r
               where r.clinic_id = p.clinic_id and r.patient_id = p.id and r.acknowledged_at is null),
           (select string_agg(k.kind, ',' order by k.kind) from (
                select 'RED_FLAG' as kind from referral_alert r
                 where r.clinic_id = p.clinic_id and r.patient_id = p.id and r.acknowledged_at is null
                union
                select a.kind from progress_alert a
                 where a.clinic_id = p.clinic_id and a.patient_id = p.id and a.acknowledged_at is null) k)
      from patient p
     cross join (select (now() at time zone c.time_zone)::date as today from clinic c where c.id = for_clinic) t
     cross join lateral (
           select (select m.lefs_total from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                      and m.lefs_total is not null order by m.taken_on desc, m.id desc limit 1) as latest,
                  (select m.lefs_total from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                      and m.lefs_total is not null order by m.taken_on, m.id limit 1) as first,
                  (select count(*) from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                      and m.lefs_total is not null) as taken) lefs
     -- Each named patient looked up by key; "or patients is null" in the condition made the generic plan read them all.
     where p.clinic_id = for_clinic
       and p.id in (select unnest(coalesce(patients, array(select q.id from patient q where q.clinic_id = for_clinic))))
    on conflict (patient_id) do update
       set status = excluded.status, assigned_therapist = excluded.assigned_therapist,
           given_name = excluded.given_name, family_name = excluded.family_name, family_key = excluded.family_key, given_key = excluded.given_key, as_of = excluded.as_of,
           adherence_7 = excluded.adherence_7, adherence_28 = excluded.adherence_28,
           latest_pain = excluded.latest_pain, latest_lefs = excluded.latest_lefs,
           lefs_change = excluded.lefs_change, open_alerts = excluded.open_alerts,
           open_alert_kinds = excluded.open_alert_kinds
$$;
