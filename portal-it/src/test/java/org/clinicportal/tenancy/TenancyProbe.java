package org.clinicportal.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.patient.NameKey;
import org.clinicportal.patient.Patient;
import org.clinicportal.person.PersonName;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reaches the database every way application code could: find, named queries, bulk JPQL and
 * native SQL. Like every EJB it runs behind the tenancy interceptor, so what it sees is what
 * any service would see.
 */
@Stateless
public class TenancyProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public long register(String given, String family) {
        Patient patient = new Patient(new PersonName(given, family), LocalDate.of(1990, 5, 17));
        entityManager.persist(patient);
        entityManager.flush();
        return patient.id();
    }

    public boolean finds(long id) {
        return entityManager.find(Patient.class, id) != null;
    }

    public List<Long> listIds() {
        return entityManager.createNamedQuery("Patient.list", Patient.class).getResultList().stream()
                .map(Patient::id)
                .toList();
    }

    public long count() {
        return entityManager.createNamedQuery("Patient.count", Long.class).getSingleResult();
    }

    public List<Long> searchIds(String text) {
        return entityManager
                .createNamedQuery("Patient.searchByName", Patient.class)
                .setParameter("from", NameKey.prefix(text))
                .setParameter("until", NameKey.endOfPrefix(text))
                .getResultList()
                .stream()
                .map(Patient::id)
                .toList();
    }

    public int dischargeWithJpql(long id) {
        return entityManager
                .createQuery("update Patient p set p.status = org.clinicportal.patient.PatientStatus.DISCHARGED"
                        + " where p.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    public int deleteWithJpql(long id) {
        return entityManager
                .createQuery("delete from Patient p where p.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    public List<Long> nativeIds() {
        List<?> rows = entityManager
                .createNativeQuery("select id from patient order by id")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    public int nativeRename(long id, String family) {
        return entityManager
                .createNativeQuery("update patient set family_name = ? where id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, family)
                .setParameter(2, id)
                .executeUpdate();
    }

    public int nativeMoveToClinic(long id, String clinic) {
        return entityManager
                .createNativeQuery("update patient set clinic_id = ? where id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .setParameter(2, id)
                .executeUpdate();
    }

    public String nativeClinicOf(long id) {
        List<?> rows = entityManager
                .createNativeQuery("select clinic_id from patient where id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Renames an exercise with SQL the ORM does not filter: only row-level security stands in the way. */
    public int nativeRenameExercise(long id, String name) {
        return entityManager
                .createNativeQuery("update exercise set name = ? where id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, name)
                .setParameter(2, id)
                .executeUpdate();
    }

    public int nativeExerciseCount(long id) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from exercise where id = ?")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, id)
                        .getSingleResult())
                .intValue();
    }

    /** Links a patient to a portal account without Keycloak: what giving portal access records. */
    public void nativeLinkPortalAccount(long patientId, String account) {
        entityManager
                .createNativeQuery("update patient set portal_account = ? where id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, account)
                .setParameter(2, patientId)
                .executeUpdate();
    }

    /** Raises a referral alert for the patient, as a red flag answered yes does. */
    public void nativeRaiseReferral(String clinic, long patientId) {
        entityManager
                .createNativeQuery(
                        "insert into referral_alert (id, clinic_id, patient_id, red_flags, raised_at, version)"
                                + " values (nextval('referral_alert_seq'), ?, ?, 'NIGHT_PAIN', now(), 0)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .setParameter(2, patientId)
                .executeUpdate();
    }

    /** Whether a transaction of the portal's database waits for a lock another one holds. */
    public boolean someoneWaitsForALock() {
        return ((Number) entityManager
                                .createNativeQuery("select count(*) from pg_stat_activity"
                                        + " where datname = current_database() and wait_event_type = 'Lock'")
                                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** How many exercises of programs the caller's clinic sees through native SQL, past the ORM's filter. */
    public long nativeProgramItemCount() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from program_item")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .getSingleResult())
                .longValue();
    }

    /** Adds an exercise to the newest program version of a patient of any clinic, through native SQL. */
    public int nativeAddToProgramOf(long patientId) {
        return entityManager
                .createNativeQuery("insert into program_item (program_version_id, position, exercise_id,"
                        + " from_week, per_side, times_per_week) select v.id, 99, (select min(id) from exercise), 1, false, 1"
                        + " from program_version v join program p on p.id = v.program_id where p.patient_id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, patientId)
                .executeUpdate();
    }

    /** The newest program version of a patient the caller's clinic sees, through native SQL. */
    public long nativeNewestVersionOf(long patientId) {
        return ((Number) entityManager
                        .createNativeQuery("select max(v.id) from program_version v"
                                + " join program p on p.id = v.program_id where p.patient_id = ?")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, patientId)
                        .getSingleResult())
                .longValue();
    }

    /** Adds an exercise to a program version named by its id, of any clinic, through native SQL. */
    public int nativeAddToVersion(long versionId) {
        return entityManager
                .createNativeQuery(
                        "insert into program_item (program_version_id, position, exercise_id,"
                                + " from_week, per_side, times_per_week) values (?, 99, (select min(id) from exercise), 1, false, 1)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, versionId)
                .executeUpdate();
    }
}
