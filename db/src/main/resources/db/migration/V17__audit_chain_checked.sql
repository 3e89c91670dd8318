-- How far each clinic's audit chain has been checked: the audit page checks the entries written since (a few),
-- not the whole log (millions, seconds of hashing) on every view; the whole log is checked again on request.
-- Like the chain itself, this shows changes made afterwards by anyone but one who also rewrites this row.
create table audit_chain_checked (
    clinic_id     varchar(40) primary key references clinic (id),
    checked_seq   bigint      not null,
    checked_hash  char(64)    not null,
    checked_at    timestamptz not null,
    full_check_at timestamptz
);

alter table audit_chain_checked enable row level security;
create policy audit_chain_checked_tenant_isolation on audit_chain_checked
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));
grant select, insert, update on audit_chain_checked to ${appRole};
