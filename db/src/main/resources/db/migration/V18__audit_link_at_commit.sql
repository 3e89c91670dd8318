-- An entry was linked to its clinic's chain when it was inserted, which locked the chain's end from a request's
-- first entry until its commit: every other request of the clinic that wrote an entry waited for the rest of that
-- request's work (at 50 users, half the database sessions at any moment waited there). Entries are now linked by a
-- deferred trigger, when their transaction commits, so the end is held only while committing. Until then an entry
-- of one's own transaction has no place in the chain; no other transaction ever sees it so.

drop trigger audit_entry_link on audit_entry;

alter table audit_entry alter column chain_seq drop not null,
                        alter column prev_hash drop not null,
                        alter column entry_hash drop not null;

create or replace function audit_entry_link()
    returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    head audit_chain_head;
    place bigint;
    sealed char(64);
begin
    insert into audit_chain_head (clinic_id, last_seq, last_hash)
    values (new.clinic_id, 0, repeat('0', 64))
    on conflict (clinic_id) do nothing;
    select * into head from audit_chain_head where clinic_id = new.clinic_id for update;
    place := head.last_seq + 1;
    sealed := audit_entry_hash(new.clinic_id, place, new.occurred_at, new.actor, new.action, new.patient_id,
                               new.subject, new.address, head.last_hash);
    update audit_entry set chain_seq = place, prev_hash = head.last_hash, entry_hash = sealed where id = new.id;
    update audit_chain_head set last_seq = place, last_hash = sealed where clinic_id = new.clinic_id;
    return null;
end
$$;

revoke all on function audit_entry_link() from public;

create constraint trigger audit_entry_link after insert on audit_entry
    deferrable initially deferred
    for each row execute function audit_entry_link();
