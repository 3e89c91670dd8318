-- Follow-up visits record the same measures as the intake, so they share its table.
alter table intake
    add column kind varchar(10) not null default 'INTAKE',
    add constraint intake_kind check (kind in ('INTAKE', 'FOLLOW_UP'));
