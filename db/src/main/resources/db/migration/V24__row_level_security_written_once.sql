-- Row-level security written once. Until now every migration pasted its tables' policy pair; from here on a table
-- is put under its clinic's isolation by calling one of these two functions, and this migration re-creates every
-- such policy through them, so that the live policies come from one definition. (The earlier migrations stay as
-- they were applied: Flyway checks their checksums on every database.)

-- A table of one clinic's rows: each clinic reads and writes only rows with its id.
create or replace function isolate_by_clinic(tbl regclass)
    returns void
    language plpgsql
as $$
declare
    policy name := (select c.relname from pg_class c where c.oid = tbl) || '_tenant_isolation';
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('drop policy if exists %I on %s', policy, tbl);
    execute format('create policy %I on %s'
                   ' using (clinic_id = current_setting(''app.clinic_id'', true))'
                   ' with check (clinic_id = current_setting(''app.clinic_id'', true))', policy, tbl);
end;
$$;

-- A library table: rows without a clinic are shared and read by every clinic; only a clinic's own rows are
-- writable. The services say the same in org.clinicportal.program.LibraryEntry.
create or replace function isolate_library_by_clinic(tbl regclass)
    returns void
    language plpgsql
as $$
declare
    stem text := (select c.relname from pg_class c where c.oid = tbl);
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('drop policy if exists %I on %s', stem || '_read', tbl);
    execute format('drop policy if exists %I on %s', stem || '_write', tbl);
    execute format('create policy %I on %s for select'
                   ' using (clinic_id is null or clinic_id = current_setting(''app.clinic_id'', true))',
                   stem || '_read', tbl);
    execute format('create policy %I on %s'
                   ' using (clinic_id = current_setting(''app.clinic_id'', true))'
                   ' with check (clinic_id = current_setting(''app.clinic_id'', true))', stem || '_write', tbl);
end;
$$;

-- Only migrations, run as the schema owner, change policies.
revoke execute on function isolate_by_clinic(regclass) from public;
revoke execute on function isolate_library_by_clinic(regclass) from public;

select isolate_by_clinic(t)
from unnest(array['patient', 'audit_entry', 'intake', 'intake_addendum', 'referral_alert', 'program',
                  'program_version', 'program_item', 'user_preference', 'due_day', 'session_log',
                  'session_log_exercise', 'run_log', 'shoe', 'outcome_measure', 'progress_alert', 'staff_member',
                  'caseload_row', 'audit_chain_checked']::regclass[]) as t;

select isolate_library_by_clinic(t) from unnest(array['exercise', 'program_template']::regclass[]) as t;
