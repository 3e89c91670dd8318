-- A program's exercises and a session's exercises were visible when their parent row was: a policy of the form
-- exists (select 1 from parent where parent.id = child.parent_id). For a prepared statement's generic plan PostgreSQL
-- may turn that into a hash of every parent row the clinic can see, built for each execution: at 100 000 patients
-- reading one program's twelve exercises took 40-80 ms instead of 0.1 ms. A PL/pgSQL function is never inlined, so
-- the policy is now checked per row found, one primary-key lookup each, behind the parent's own policy.

create function program_version_visible(version_id bigint)
    returns boolean
    language plpgsql stable
as $$
begin
    return exists (select 1 from program_version where id = version_id);
end
$$;

create function session_log_visible(log_id bigint)
    returns boolean
    language plpgsql stable
as $$
begin
    return exists (select 1 from session_log where id = log_id);
end
$$;

revoke all on function program_version_visible(bigint) from public;
revoke all on function session_log_visible(bigint) from public;
grant execute on function program_version_visible(bigint) to ${appRole};
grant execute on function session_log_visible(bigint) to ${appRole};

drop policy program_item_tenant_isolation on program_item;
create policy program_item_tenant_isolation on program_item
    using (program_version_visible(program_version_id))
    with check (program_version_visible(program_version_id));

drop policy session_log_exercise_tenant_isolation on session_log_exercise;
create policy session_log_exercise_tenant_isolation on session_log_exercise
    using (session_log_visible(session_log_id))
    with check (session_log_visible(session_log_id));
