-- Two reads the benchmark's statement log found slow at 100 000 patients and 50 users.

-- The audit page filtered by what was done or by whom, newest first. Through the index by time alone a week's
-- sign-ins were found by reading all 41 000 entries of the week and dropping the others.
create index audit_entry_clinic_action_time_idx on audit_entry (clinic_id, action, occurred_at desc, id desc);
create index audit_entry_clinic_actor_time_idx on audit_entry (clinic_id, actor, occurred_at desc, id desc);

-- Each view of the caseload first looks for rows of an earlier day. Asked whether any exists, the generic plan of
-- the function's statement expected many and scanned all clinics' rows (1 700 pages, 20-50 ms) to find none. The
-- oldest day of the clinic's rows is the first entry of its range of caseload_row_stale_idx.
create or replace function refresh_stale_caseload(for_clinic varchar)
    returns void
    language plpgsql
as $$
declare
    today date := (select (now() at time zone c.time_zone)::date from clinic c where c.id = for_clinic);
begin
    if (select min(r.as_of) from caseload_row r where r.clinic_id = for_clinic) < today then
        perform refresh_caseload(for_clinic,
                                 array(select r.patient_id from caseload_row r where r.clinic_id = for_clinic and r.as_of < today));
    end if;
end
$$;
