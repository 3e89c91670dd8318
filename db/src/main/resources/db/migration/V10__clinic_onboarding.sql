-- Onboarding clinics. The platform admin belongs to no clinic, so row-level security shows them no
-- clinic's rows; the two functions below run as the schema owner to do exactly what onboarding needs
-- across clinics, and nothing more.
grant insert, update on clinic to ${appRole};

-- How many staff and patients each clinic has.
create function clinic_headcounts()
    returns table (clinic_id varchar, staff bigint, patients bigint)
    language sql stable security definer set search_path = public
as $$
    select c.id,
           (select count(*) from staff_member s where s.clinic_id = c.id),
           (select count(*) from patient p where p.clinic_id = c.id)
    from clinic c
$$;

-- The staff record of a new clinic's first admin; refused once the clinic has any staff.
create function add_first_clinic_admin(new_clinic varchar, new_username varchar, new_given_name varchar,
                                       new_family_name varchar, new_email varchar)
    returns integer
    language sql security definer set search_path = public
as $$
    with added as (
        insert into staff_member (id, clinic_id, username, given_name, family_name, email, role, enabled, version)
        select nextval('staff_member_seq'), new_clinic, new_username, new_given_name, new_family_name, new_email,
               'CLINIC_ADMIN', true, 0
        where not exists (select 1 from staff_member s where s.clinic_id = new_clinic)
        returning 1)
    select count(*)::integer from added
$$;

revoke all on function clinic_headcounts() from public;
revoke all on function add_first_clinic_admin(varchar, varchar, varchar, varchar, varchar) from public;
grant execute on function clinic_headcounts() to ${appRole};
grant execute on function add_first_clinic_admin(varchar, varchar, varchar, varchar, varchar) to ${appRole};
