-- What the platform admin does to a clinic goes into that clinic's own audit log. The platform admin
-- belongs to no clinic, so row-level security would refuse the row: this function, run as the
-- schema owner, writes exactly such an entry and nothing else.
create function record_platform_action(for_clinic varchar, by_actor varchar, what varchar, about varchar, from_address varchar)
    returns integer
    language sql security definer set search_path = public
as $$
    with written as (
        insert into audit_entry (id, clinic_id, occurred_at, actor, action, patient_id, subject, address)
        select nextval('audit_entry_seq'), for_clinic, now(), by_actor, what, null, about, from_address
        where what in ('CLINIC_ONBOARDED', 'CLINIC_DEACTIVATED', 'CLINIC_REACTIVATED')
        returning 1)
    select count(*)::integer from written
$$;

revoke all on function record_platform_action(varchar, varchar, varchar, varchar, varchar) from public;
grant execute on function record_platform_action(varchar, varchar, varchar, varchar, varchar) to ${appRole};
