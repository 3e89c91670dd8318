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
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.clinicportal.clinic.ClinicCalendar;
import org.clinicportal.patient.Patient;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.eclipse.persistence.config.QueryHints;

/**
 * The clinic's audit log for its admins: read only, newest first, filtered and paged in the
 * database. Nothing here (or anywhere in the portal) changes or removes an entry.
 */
@Stateless
public class AuditLog {

    public static final int LARGEST_PAGE = 500;

    /**
     * Checks every entry of the clinic's chain against its seal and its link, in one statement: the first entry
     * that fails is where someone changed the log, or removed an entry before it, in the database itself.
     */
    private static final String CHAIN_CHECK = """
            with chain as (
              select chain_seq, occurred_at, entry_hash,
                     entry_hash = audit_entry_hash(clinic_id, chain_seq, occurred_at, actor, action, patient_id, subject,
                                                   address, prev_hash) as sealed,
                     prev_hash = coalesce(lag(entry_hash) over w, repeat('0', 64))
                       and chain_seq = coalesce(lag(chain_seq) over w, 0) + 1 as linked
                from audit_entry where clinic_id = ?1
              window w as (order by chain_seq))
            select (select count(*) from chain),
                   (select min(occurred_at) from chain),
                   (select chain_seq from chain where not (sealed and linked) order by chain_seq limit 1),
                   (select occurred_at from chain where not (sealed and linked) order by chain_seq limit 1),
                   (select c.chain_seq from chain c order by c.chain_seq desc limit 1),
                   coalesce((select h.last_seq = c.chain_seq and h.last_hash = c.entry_hash
                               from audit_chain_head h, (select * from chain order by chain_seq desc limit 1) c
                              where h.clinic_id = ?1), not exists (select 1 from audit_chain_head h where h.clinic_id = ?1))
            """;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    /** Whether the clinic's audit log is as it was written, and if not, where it was changed. */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public AuditIntegrity integrity() {
        Object[] row = (Object[]) entityManager.createNativeQuery(CHAIN_CHECK)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, caller.clinic().orElseThrow()).getSingleResult();
        long entries = ((Number) row[0]).longValue();
        Long brokenAt = row[2] == null ? null : ((Number) row[2]).longValue();
        boolean endIntact = Boolean.TRUE.equals(row[5]);
        Long lastIntact = brokenAt == null && !endIntact ? (row[4] == null ? 0L : ((Number) row[4]).longValue()) : null;
        return new AuditIntegrity(entries, instant(row[1]), brokenAt, instant(row[3]), lastIntact);
    }

    private static OffsetDateTime instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
    }

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
