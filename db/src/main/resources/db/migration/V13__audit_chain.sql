-- Each clinic's audit entries form a hash chain: an entry carries its place in the chain, the hash of the
-- entry before it, and its own hash over its content and that link. Changing or removing an entry, even as
-- the database owner, breaks the chain at that place, and the clinic's admins are shown where.
alter table audit_entry
    add column chain_seq  bigint,
    add column prev_hash  char(64),
    add column entry_hash char(64);

-- The content an entry's hash seals, written out in one unambiguous form.
create function audit_entry_hash(clinic varchar, seq bigint, occurred timestamptz, actor varchar, action varchar,
                                 patient bigint, subject varchar, address varchar, previous char)
    returns char(64)
    language sql stable
as $$
    select encode(sha256(convert_to(jsonb_build_array(clinic, seq,
               to_char(occurred at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), actor, action, patient, subject,
               address, previous)::text, 'UTF8')), 'hex')
$$;

-- The end of each clinic's chain. Taking its row lock orders a clinic's concurrent entries; other clinics
-- do not wait.
create table audit_chain_head (
    clinic_id varchar(40) primary key references clinic (id),
    last_seq  bigint      not null,
    last_hash char(64)    not null
);

alter table audit_chain_head enable row level security;
create policy audit_chain_head_tenant_isolation on audit_chain_head
    using (clinic_id = current_setting('app.clinic_id', true));
grant select on audit_chain_head to ${appRole};

-- The link is made by the database, whoever inserts (the application, or record_platform_action), and as the
-- owner: the application role can read the chain's end but never move it.
create function audit_entry_link()
    returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    head audit_chain_head;
begin
    insert into audit_chain_head (clinic_id, last_seq, last_hash)
    values (new.clinic_id, 0, repeat('0', 64))
    on conflict (clinic_id) do nothing;
    select * into head from audit_chain_head where clinic_id = new.clinic_id for update;
    new.chain_seq := head.last_seq + 1;
    new.prev_hash := head.last_hash;
    new.entry_hash := audit_entry_hash(new.clinic_id, new.chain_seq, new.occurred_at, new.actor, new.action,
                                       new.patient_id, new.subject, new.address, new.prev_hash);
    update audit_chain_head set last_seq = new.chain_seq, last_hash = new.entry_hash where clinic_id = new.clinic_id;
    return new;
end
$$;

revoke all on function audit_entry_link() from public;

-- The entries written so far join the chain in the order they happened.
do $$
declare
    entry record;
begin
    for entry in select * from audit_entry order by clinic_id, occurred_at, id loop
        insert into audit_chain_head (clinic_id, last_seq, last_hash)
        values (entry.clinic_id, 0, repeat('0', 64))
        on conflict (clinic_id) do nothing;
        update audit_entry a
           set chain_seq = h.last_seq + 1,
               prev_hash = h.last_hash,
               entry_hash = audit_entry_hash(a.clinic_id, h.last_seq + 1, a.occurred_at, a.actor, a.action, a.patient_id,
                                             a.subject, a.address, h.last_hash)
          from audit_chain_head h
         where a.id = entry.id and h.clinic_id = a.clinic_id;
        update audit_chain_head h
           set last_seq = a.chain_seq, last_hash = a.entry_hash
          from audit_entry a
         where a.id = entry.id and h.clinic_id = a.clinic_id;
    end loop;
end
$$;

alter table audit_entry alter column chain_seq set not null,
                        alter column prev_hash set not null,
                        alter column entry_hash set not null;
create unique index audit_entry_clinic_chain_idx on audit_entry (clinic_id, chain_seq);

create trigger audit_entry_link before insert on audit_entry
    for each row execute function audit_entry_link();
