package org.clinicportal.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.clinic.ClinicCalendar;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/**
 * The clinic's audit log for its admins: read only, newest first, filtered and paged in the
 * database. Nothing here (or anywhere in the portal) changes or removes an entry.
 */
@Stateless
public class AuditLog {

    public static final int LARGEST_PAGE = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public long count(@NotNull AuditFilter filter) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(builder.count(entry)).where(matching(builder, entry, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public List<AuditRow> page(@NotNull AuditFilter filter, @Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = builder.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(matching(builder, entry, filter))
                .orderBy(builder.desc(entry.get("occurredAt")), builder.desc(entry.get("id")));
        return entityManager.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(AuditRow::of).toList();
    }

    /** Notes a sign-in the portal saw, once per session; admins of the platform belong to no clinic's log. */
    @PermitAll
    public void signedIn() {
        if (caller.isAuthenticated() && caller.clinic().isPresent()) {
            audit.record(AuditAction.SIGNED_IN, null, String.join(", ", caller.roles().stream().map(Role::roleName).toList()));
        }
    }

    private Predicate[] matching(CriteriaBuilder builder, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.getUser() != null && !filter.getUser().isBlank()) {
            predicates.add(builder.equal(entry.get("actor"), filter.getUser().strip()));
        }
        if (filter.getPatientId() != null) {
            predicates.add(builder.equal(entry.get("patientId"), filter.getPatientId()));
        }
        if (filter.getAction() != null) {
            predicates.add(builder.equal(entry.get("action"), filter.getAction()));
        }
        ZoneId zone = calendar.zone();
        if (filter.getFrom() != null) {
            predicates.add(builder.greaterThanOrEqualTo(entry.get("occurredAt"), filter.getFrom().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.getTo() != null) {
            predicates.add(builder.lessThan(entry.get("occurredAt"), filter.getTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
