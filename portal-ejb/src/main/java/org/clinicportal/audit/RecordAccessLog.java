package org.clinicportal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/**
 * The signed-in patient's view of the clinic's audit log: when which member of staff opened or changed their
 * record, newest first, a page at a time. Only entries about the caller's own record, and only staff's: what
 * the patient did themselves is not listed, nor anything about another patient.
 */
@Stateless
@RolesAllowed(Role.PATIENT_NAME)
public class RecordAccessLog {

    public static final int LARGEST_PAGE = 100;

    /** Staff's entries about the patient: the patient's own actions have no staff member behind them. */
    private static final String STAFF_ENTRIES =
            " from AuditEntry a, StaffMember s where a.patientId = :patient and s.username = a.actor";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    public long count() {
        return me().map(patient -> entityManager
                        .createQuery("select count(a)" + STAFF_ENTRIES, Long.class)
                        .setParameter("patient", patient.id())
                        .getSingleResult())
                .orElse(0L);
    }

    public List<RecordAccess> page(@Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        return me().map(patient -> entityManager
                        .createQuery(
                                "select new org.clinicportal.audit.RecordAccess(a.occurredAt, s.name.given, s.name.family, s.role, a.action)"
                                        + STAFF_ENTRIES + " order by a.occurredAt desc, a.id desc",
                                RecordAccess.class)
                        .setParameter("patient", patient.id())
                        .setFirstResult(first)
                        .setMaxResults(size)
                        .getResultList())
                .orElse(List.of());
    }

    private Optional<Patient> me() {
        return PortalPatients.signedIn(entityManager, caller);
    }
}
