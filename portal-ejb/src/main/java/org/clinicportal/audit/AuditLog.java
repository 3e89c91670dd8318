package org.clinicportal.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.clinicportal.clinic.ClinicCalendar;
import org.clinicportal.patient.Patient;
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
    public long count(@NotNull @Valid AuditFilter filter) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(builder.count(entry)).where(matching(builder, query, entry, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public List<AuditRow> page(@NotNull @Valid AuditFilter filter, @Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = builder.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(matching(builder, query, entry, filter))
                .orderBy(builder.desc(entry.get("occurredAt")), builder.desc(entry.get("id")));
        List<AuditEntry> entries = entityManager.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, String> names = names(entries.stream().map(AuditEntry::patientId).filter(Objects::nonNull).distinct().toList());
        return entries.stream().map(e -> AuditRow.of(e, e.patientId() == null ? null : names.get(e.patientId()))).toList();
    }

    /** The names of the page's patients, in one query. */
    private Map<Long, String> names(List<Long> patients) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Patient p where p.id in :ids", Patient.class).setParameter("ids", patients)
                .getResultList().stream().collect(Collectors.toMap(Patient::id, p -> p.name().toString()));
    }

    /** Notes a sign-in the portal saw, once per session; admins of the platform belong to no clinic's log. */
    @PermitAll
    public void signedIn() {
        if (caller.isAuthenticated() && caller.clinic().isPresent()) {
            audit.record(AuditAction.SIGNED_IN, null, String.join(", ", caller.roles().stream().map(Role::roleName).toList()));
        }
    }

    private Predicate[] matching(CriteriaBuilder builder, AbstractQuery<?> query, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.getUser() != null && !filter.getUser().isBlank()) {
            predicates.add(builder.equal(entry.get("actor"), filter.getUser().strip()));
        }
        filter.patientNumber().ifPresent(number -> predicates.add(builder.equal(entry.get("patientId"), number)));
        filter.patientName().ifPresent(name -> {
            Subquery<Long> named = query.subquery(Long.class);
            Root<Patient> patient = named.from(Patient.class);
            String start = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            named.select(patient.get("id")).where(builder.or(builder.like(builder.lower(patient.get("name").get("family")), start, '\\'),
                    builder.like(builder.lower(patient.get("name").get("given")), start, '\\')));
            predicates.add(entry.get("patientId").in(named));
        });
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
