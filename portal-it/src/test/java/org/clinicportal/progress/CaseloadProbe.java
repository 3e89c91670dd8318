package org.clinicportal.progress;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.eclipse.persistence.config.QueryHints;

/**
 * Fills a caseload in bulk with SQL: patients with four weeks of due days, a session every other day,
 * a run yesterday, two LEFS a fortnight apart and an open alert each, dated from the given day.
 */
@Stateless
public class CaseloadProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public void addPatients(String clinic, String familyPrefix, int count, LocalDate today) {
        sql(
                "insert into patient (id, clinic_id, given_name, family_name, date_of_birth, status, created_at, version)"
                        + " select nextval('patient_seq'), ?1, 'Runner' || g, ?2 || lpad(g::text, 4, '0'), date '1990-01-01', 'ACTIVE', now(), 0"
                        + " from generate_series(1, ?3) g",
                clinic,
                familyPrefix,
                count);
        String mine = " from patient p where p.clinic_id = ?1 and p.family_name like ?2 || '%'";
        sql(
                "insert into due_day (clinic_id, patient_id, day, exercises_due) select ?1, p.id, cast(?3 as date) - k, 3"
                        + mine.replace(" where", ", generate_series(0, 27) k where"),
                clinic,
                familyPrefix,
                today);
        sql(
                "insert into session_log (id, clinic_id, patient_id, log_day, exercises_done, pain_during, pain_after, logged_at, version)"
                        + " select nextval('session_log_seq'), ?1, p.id, cast(?3 as date) - k, 2, 2, 3, now(), 0"
                        + mine.replace(" where", ", generate_series(0, 27, 2) k where"),
                clinic,
                familyPrefix,
                today);
        sql(
                "insert into run_log (id, clinic_id, patient_id, submission_id, run_day, km, duration_minutes, pain_during, pain_after,"
                        + " still_sore, logged_at) select nextval('run_log_seq'), ?1, p.id, gen_random_uuid()::text, cast(?3 as date) - 1, 5, 30, 1, 2,"
                        + " false, now()" + mine,
                clinic,
                familyPrefix,
                today);
        sql(
                "insert into outcome_measure (id, clinic_id, patient_id, taken_on, recorded_by, lefs_answers, lefs_total, pain, recorded_at)"
                        + " select nextval('outcome_measure_seq'), ?1, p.id, cast(?3 as date) - k, 'probe', ',,,,,,,,,,,,,,,,,,,', 40 + k, 3, now()"
                        + mine.replace(" where", ", generate_series(0, 14, 14) k where"),
                clinic,
                familyPrefix,
                today);
        sql(
                "insert into progress_alert (id, clinic_id, patient_id, kind, detail, raised_at, version)"
                        + " select nextval('progress_alert_seq'), ?1, p.id, 'RAMP', '+20.0 %', now(), 0" + mine,
                clinic,
                familyPrefix,
                today);
    }

    private void sql(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
