-- After a clinic's midnight every one of its caseload rows is a day old: the adherence windows have moved. The first
-- caseload view of the day refreshed them all in its own request, holding them locked until it committed, and every
-- other view of the clinic waited for it: 17 s alone at 100 000 patients, over three minutes under load.
--
-- A view now refreshes at most a batch of its clinic's stale rows, skipping rows another refresh holds, so a small
-- clinic is current from its first view on. CaseloadRefresh refreshes the rest of every clinic, a batch per
-- transaction, within a minute of its midnight.

create or replace function refresh_stale_caseload(for_clinic varchar)
    returns void
    language plpgsql
as $$
declare
    today date := (select (now() at time zone c.time_zone)::date from clinic c where c.id = for_clinic);
    stale bigint[];
begin
    if (select min(r.as_of) from caseload_row r where r.clinic_id = for_clinic) < today then
        stale := array(select r.patient_id from caseload_row r where r.clinic_id = for_clinic and r.as_of < today
                        order by r.as_of limit 100 for update skip locked);
        perform refresh_caseload(for_clinic, stale);
    end if;
end
$$;

-- Up to the given number of stale rows of all clinics, refreshed; returns how many. It runs for no clinic, so it
-- runs as the schema owner, and does exactly that.
create function refresh_stale_caseloads(batch integer)
    returns integer
    language plpgsql security definer set search_path = public
as $$
declare
    clinic record;
    stale bigint[];
    refreshed integer := 0;
begin
    for clinic in select c.id, (now() at time zone c.time_zone)::date as today from clinic c order by c.id loop
        stale := array(select r.patient_id from caseload_row r where r.clinic_id = clinic.id and r.as_of < clinic.today
                        order by r.as_of limit batch - refreshed for update skip locked);
        if cardinality(stale) > 0 then
            perform refresh_caseload(clinic.id, stale);
            refreshed := refreshed + cardinality(stale);
            exit when refreshed >= batch;
        end if;
    end loop;
    return refreshed;
end
$$;

revoke all on function refresh_stale_caseloads(integer) from public;
grant execute on function refresh_stale_caseloads(integer) to ${appRole};
