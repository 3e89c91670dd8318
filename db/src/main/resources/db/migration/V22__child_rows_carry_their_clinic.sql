-- A program's exercises and a session's exercises were checked through a PL/pgSQL function (V19) that looked their
-- parent row up under the parent's policy. PostgreSQL keeps that lookup's plan for the connection, and the estimate
-- behind it folds in app.clinic_id as it was when the plan was made: planned while the pooled connection served a
-- small clinic, the lookup walked the clinic index of program_version instead of its primary key, and later read
-- 18 000 of a large clinic's versions for each exercise (40-300 ms per program at 100 000 patients).
--
-- Each child row now carries its parent's clinic, so its policy is the plain comparison every other table has. The
-- composite foreign key keeps the copy equal to the parent's; the default takes it from the transaction's clinic,
-- so the application's inserts stay as they were.

alter table program_version add constraint program_version_id_clinic unique (id, clinic_id);
alter table session_log add constraint session_log_id_clinic unique (id, clinic_id);

alter table program_item add column clinic_id varchar(40);
update program_item i set clinic_id = v.clinic_id from program_version v where v.id = i.program_version_id;
alter table program_item
    alter column clinic_id set not null,
    alter column clinic_id set default current_setting('app.clinic_id'),
    drop constraint program_item_program_version_id_fkey,
    add constraint program_item_version foreign key (program_version_id, clinic_id)
        references program_version (id, clinic_id);

alter table session_log_exercise add column clinic_id varchar(40);
update session_log_exercise e set clinic_id = s.clinic_id from session_log s where s.id = e.session_log_id;
alter table session_log_exercise
    alter column clinic_id set not null,
    alter column clinic_id set default current_setting('app.clinic_id'),
    drop constraint session_log_exercise_session_log_id_fkey,
    add constraint session_log_exercise_log foreign key (session_log_id, clinic_id)
        references session_log (id, clinic_id) on delete cascade;

drop policy program_item_tenant_isolation on program_item;
create policy program_item_tenant_isolation on program_item
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

drop policy session_log_exercise_tenant_isolation on session_log_exercise;
create policy session_log_exercise_tenant_isolation on session_log_exercise
    using (clinic_id = current_setting('app.clinic_id', true))
    with check (clinic_id = current_setting('app.clinic_id', true));

drop function program_version_visible(bigint);
drop function session_log_visible(bigint);
