-- What keeps the clinic's lists fast at a hundred thousand patients, under row-level security. PostgreSQL uses
-- an index for a condition on a row's columns only when its operators are leakproof (so that the policy is
-- checked before any function sees a row of another clinic): comparisons of plain text columns are, lower() and
-- LIKE are not. So names are searched and sorted by keys the database keeps, and the caseload's figures are
-- kept per patient instead of computed per row on each view.

-- Each name part lower-cased and compared by code point (NameKey). Generated: whoever writes a name keeps them.
alter table patient
    add column given_key  text collate "C" generated always as (lower(given_name)) stored,
    add column family_key text collate "C" generated always as (lower(family_name)) stored;

drop index patient_clinic_family_name_idx;
drop index patient_clinic_family_prefix_idx;
drop index patient_clinic_given_prefix_idx;
-- The list's order (by name, then number) and a search by the start of the family name; then of the given name.
create index patient_clinic_name_key_idx on patient (clinic_id, family_key, given_key, id);
create index patient_clinic_given_key_idx on patient (clinic_id, given_key);

-- The audit page: newest first, ties by number.
drop index audit_entry_clinic_time_idx;
create index audit_entry_clinic_time_idx on audit_entry (clinic_id, occurred_at desc, id desc);

-- One row per patient with all the caseload shows and sorts by, as of a day of the clinic. The database keeps
-- it: every write of a log, a due day, a measure or an alert refreshes its patients' rows in the same
-- statement (triggers below), and the caseload refreshes the rows of an earlier day before it reads.
create table caseload_row (
    patient_id         bigint      primary key references patient (id),
    clinic_id          varchar(40) not null references clinic (id),
    status             varchar(20) not null,
    assigned_therapist varchar(80),
    given_name         varchar(80) not null,
    family_name        varchar(80) not null,
    family_key         text        collate "C" not null,
    given_key          text        collate "C" not null,
    as_of              date        not null,
    adherence_7        integer,
    adherence_28       integer,
    latest_pain        integer,
    latest_lefs        integer,
    lefs_change        integer,
    open_alerts        integer     not null,
    open_alert_kinds   text
);

alter table caseload_row enable row level security;
create policy caseload_row_tenant_isolation on caseload_row
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
grant select, insert, update on caseload_row to ${appRole};

-- Each sort, either way, with patients without a value last and ties by name: an index scan that stops at the page.
create index caseload_row_name_idx on caseload_row (clinic_id, family_key, given_key, patient_id);
create index caseload_row_stale_idx on caseload_row (clinic_id, as_of);
-- A therapist's own patients, counted.
create index caseload_row_therapist_idx on caseload_row (clinic_id, assigned_therapist, status);
create index caseload_row_adherence_7_asc_idx on caseload_row (clinic_id, adherence_7 asc nulls last, family_key, given_key, patient_id);
create index caseload_row_adherence_7_desc_idx on caseload_row (clinic_id, adherence_7 desc nulls last, family_key, given_key, patient_id);
create index caseload_row_adherence_28_asc_idx on caseload_row (clinic_id, adherence_28 asc nulls last, family_key, given_key, patient_id);
create index caseload_row_adherence_28_desc_idx on caseload_row (clinic_id, adherence_28 desc nulls last, family_key, given_key, patient_id);
create index caseload_row_pain_asc_idx on caseload_row (clinic_id, latest_pain asc nulls last, family_key, given_key, patient_id);
create index caseload_row_pain_desc_idx on caseload_row (clinic_id, latest_pain desc nulls last, family_key, given_key, patient_id);
create index caseload_row_lefs_asc_idx on caseload_row (clinic_id, latest_lefs asc nulls last, family_key, given_key, patient_id);
create index caseload_row_lefs_desc_idx on caseload_row (clinic_id, latest_lefs desc nulls last, family_key, given_key, patient_id);
create index caseload_row_lefs_change_asc_idx on caseload_row (clinic_id, lefs_change asc nulls last, family_key, given_key, patient_id);
create index caseload_row_lefs_change_desc_idx on caseload_row (clinic_id, lefs_change desc nulls last, family_key, given_key, patient_id);
create index caseload_row_alerts_asc_idx on caseload_row (clinic_id, open_alerts asc nulls last, family_key, given_key, patient_id);
create index caseload_row_alerts_desc_idx on caseload_row (clinic_id, open_alerts desc nulls last, family_key, given_key, patient_id);

-- The figures of some of a clinic's patients (all of them when patients is null), as of the clinic's today:
-- adherence over 7 and 28 days (exercises done of those due), the latest pain after a session or run, the
-- latest LEFS and its change since the first, how many alerts are open and of which kinds (AlertKind's names, a
-- red flag as RED_FLAG, comma-separated). Runs as its caller, so row-level security binds it.
create function refresh_caseload(for_clinic varchar, patients bigint[])
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
     -- IN (unnest): a hashed lookup; = any of the parameter would search the array for every patient.
     where p.clinic_id = for_clinic and (patients is null or p.id in (select unnest(patients)))
    on conflict (patient_id) do update
       set status = excluded.status, assigned_therapist = excluded.assigned_therapist,
           given_name = excluded.given_name, family_name = excluded.family_name, family_key = excluded.family_key, given_key = excluded.given_key, as_of = excluded.as_of,
           adherence_7 = excluded.adherence_7, adherence_28 = excluded.adherence_28,
           latest_pain = excluded.latest_pain, latest_lefs = excluded.latest_lefs,
           lefs_change = excluded.lefs_change, open_alerts = excluded.open_alerts,
           open_alert_kinds = excluded.open_alert_kinds
$$;

-- Rows of an earlier day than the clinic's today, refreshed: the adherence windows move each day. The clinic's today
-- is found first, so that the look for stale rows is a range of caseload_row_stale_idx: cheap when there are none.
create function refresh_stale_caseload(for_clinic varchar)
    returns void
    language plpgsql
as $$
declare
    today date := (select (now() at time zone c.time_zone)::date from clinic c where c.id = for_clinic);
begin
    if exists (select 1 from caseload_row r where r.clinic_id = for_clinic and r.as_of < today) then
        perform refresh_caseload(for_clinic,
                                 array(select r.patient_id from caseload_row r where r.clinic_id = for_clinic and r.as_of < today));
    end if;
end
$$;

-- After a statement wrote rows of some patients (the changed rows carry clinic_id and patient_id).
create function caseload_follows_patients_rows()
    returns trigger
    language plpgsql
as $$
declare
    changes record;
begin
    for changes in select c.clinic_id, array_agg(distinct c.patient_id) as patients from changed c group by c.clinic_id loop
        perform refresh_caseload(changes.clinic_id, changes.patients);
    end loop;
    return null;
end
$$;

-- After a statement registered patients or changed their name, status or therapist.
create function caseload_follows_patients()
    returns trigger
    language plpgsql
as $$
declare
    changes record;
begin
    for changes in select c.clinic_id, array_agg(c.id) as patients from changed c group by c.clinic_id loop
        perform refresh_caseload(changes.clinic_id, changes.patients);
    end loop;
    return null;
end
$$;

create trigger caseload_after_insert after insert on patient
    referencing new table as changed for each statement execute function caseload_follows_patients();
create trigger caseload_after_update after update on patient
    referencing new table as changed for each statement execute function caseload_follows_patients();

create trigger caseload_after_insert after insert on session_log
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_update after update on session_log
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_insert after insert on run_log
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_update after update on run_log
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_insert after insert on due_day
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_update after update on due_day
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_delete after delete on due_day
    referencing old table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_insert after insert on outcome_measure
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_insert after insert on progress_alert
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_update after update on progress_alert
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_insert after insert on referral_alert
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();
create trigger caseload_after_update after update on referral_alert
    referencing new table as changed for each statement execute function caseload_follows_patients_rows();

select refresh_caseload(c.id, null) from clinic c;
