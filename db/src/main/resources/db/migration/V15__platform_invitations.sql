-- The platform admin may also send a clinic's first admin a new invitation; that, too, goes into the
-- clinic's own log, and still nothing else.
create or replace function record_platform_action(for_clinic varchar, by_actor varchar, what varchar, about varchar, from_address varchar)
    returns integer
    language sql security definer set search_path = public
as $$
    with written as (
        insert into audit_entry (id, clinic_id, occurred_at, actor, action, patient_id, subject, address)
        select nextval('audit_entry_seq'), for_clinic, now(), by_actor, what, null, about, from_address
        where what in ('CLINIC_ONBOARDED', 'CLINIC_DEACTIVATED', 'CLINIC_REACTIVATED', 'STAFF_PASSWORD_RESET')
        returning 1)
    select count(*)::integer from written
$$;
