package org.clinicportal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
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
import org.clinicportal.patient.NameKey;
import org.clinicportal.patient.Patient;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;
import org.clinicportal.trail.AuditEntry;
import org.clinicportal.trail.AuditTrail;
import org.eclipse.persistence.config.QueryHints;

/**
 * The clinic's audit log for its admins: read only, newest first, filtered and paged in the
 * database. Nothing here (or anywhere in the portal) changes or removes an entry.
 */
@Stateless
public class AuditLog {

    public static final int LARGEST_PAGE = 500;

    /**
     * How far {@link #count} counts, as the patient lists do. Counting to 5 000 was the audit page's costliest
     * statement: the newest entries are not yet known to be visible to all, so each one counted is read from the table.
     */
    public static final int COUNTED = 1000;

    /**
     * Checks the clinic's chain from where the last check left it (?2, with that entry's hash ?3; from its start when
     * asked for the whole log):
     * each entry against its seal and its link to the one before, in one statement. The first entry that fails is
     * where someone changed the log, or removed an entry before it, in the database itself. Also answers how many
     * entries there are, since when, and whether the chain's recorded end is still the log's last entry.
     */
    private static final String CHAIN_CHECK = """
            with tail as (
              select a.chain_seq, a.occurred_at,
                     a.entry_hash = audit_entry_hash(a.clinic_id, a.chain_seq, a.occurred_at, a.actor, a.action, a.patient_id,
                                                     a.subject, a.address, a.prev_hash) as sealed,
                     a.prev_hash = coalesce(lag(a.entry_hash) over w, ?3)
                       and a.chain_seq = coalesce(lag(a.chain_seq) over w, ?2) + 1 as linked
                from audit_entry a
               where a.clinic_id = ?1 and a.chain_seq > ?2
              window w as (order by a.chain_seq)),
            last as (select a.chain_seq, a.entry_hash from audit_entry a where a.clinic_id = ?1 and a.chain_seq is not null
                      order by a.chain_seq desc limit 1)
            select (select l.chain_seq from last l),
                   (select a.occurred_at from audit_entry a where a.clinic_id = ?1 order by a.chain_seq limit 1),
                   (select t.chain_seq from tail t where not (t.sealed and t.linked) order by t.chain_seq limit 1),
                   (select t.occurred_at from tail t where not (t.sealed and t.linked) order by t.chain_seq limit 1),
                   (select l.entry_hash from last l),
                   coalesce((select h.last_seq = l.chain_seq and h.last_hash = l.entry_hash
                               from audit_chain_head h, last l where h.clinic_id = ?1),
                            not exists (select 1 from audit_chain_head h where h.clinic_id = ?1))
            """;

    /** How far the last check found the chain intact, and when the whole of it was last checked. */
    private static final String LAST_CHECK = """
            select k.checked_seq, k.checked_hash, k.full_check_at from audit_chain_checked k where k.clinic_id = ?1
            """;

    /** A chain's first entry links to this. */
    private static final String NO_ENTRY_BEFORE = "0".repeat(64);

    /** Where the next check starts, once a check found the log intact up to its last entry. */
    private static final String CHECKED = """
            insert into audit_chain_checked (clinic_id, checked_seq, checked_hash, checked_at, full_check_at)
            values (?1, ?2, ?3, now(), case when ?4 then now() end)
            on conflict (clinic_id) do update
               set checked_seq = excluded.checked_seq, checked_hash = excluded.checked_hash, checked_at = excluded.checked_at,
                   full_check_at = coalesce(excluded.full_check_at, audit_chain_checked.full_check_at)
            """;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    /**
     * Whether the clinic's audit log is as it was written, and if not, where it was changed: the entries written
     * since the last check are checked, those before it were found intact then (see {@link #integrityInFull}).
     */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public AuditIntegrity integrity() {
        return check(false);
    }

    /** The same, over the whole log again: a change to an entry checked before shows only here. Takes seconds for millions. */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public AuditIntegrity integrityInFull() {
        return check(true);
    }

    private AuditIntegrity check(boolean inFull) {
        String clinic = caller.clinic().orElseThrow();
        Object[] last = (Object[]) entityManager
                .createNativeQuery(LAST_CHECK)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean fromTheStart = inFull || last == null;
        // The start is bound as a value, so that the planner sees how few entries follow it.
        Object[] row = (Object[]) entityManager
                .createNativeQuery(CHAIN_CHECK)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .setParameter(2, fromTheStart ? 0L : ((Number) last[0]).longValue())
                .setParameter(3, fromTheStart ? NO_ENTRY_BEFORE : (String) last[1])
                .getSingleResult();
        long entries = row[0] == null ? 0 : ((Number) row[0]).longValue();
        Long brokenAt = row[2] == null ? null : ((Number) row[2]).longValue();
        boolean endIntact = Boolean.TRUE.equals(row[5]);
        Long lastIntact = brokenAt == null && !endIntact ? entries : null;
        OffsetDateTime checkedInFull = last == null ? null : instant(last[2]);
        if (brokenAt == null && endIntact && entries > 0) {
            entityManager
                    .createNativeQuery(CHECKED)
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, clinic)
                    .setParameter(2, entries)
                    .setParameter(3, row[4])
                    .setParameter(4, fromTheStart)
                    .executeUpdate();
            if (fromTheStart) {
                checkedInFull = OffsetDateTime.now(ZoneOffset.UTC);
            }
        }
        return new AuditIntegrity(entries, instant(row[1]), brokenAt, instant(row[3]), lastIntact, checkedInFull);
    }

    private static OffsetDateTime instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * How many entries match, counted no further than {@link #COUNTED} and one: a log of years holds millions, and
     * the filters, not the pages, find an entry among them.
     */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public long count(@NotNull @Valid AuditFilter filter) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        // In the page's order: the walk along its index stops at the bound.
        query.select(entry.get("id"))
                .where(matching(builder, query, entry, filter))
                .orderBy(builder.desc(entry.get("occurredAt")), builder.desc(entry.get("id")));
        return entityManager
                .createQuery(query)
                .setMaxResults(COUNTED + 1)
                .getResultList()
                .size();
    }

    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public List<AuditRow> page(
            @NotNull @Valid AuditFilter filter, @Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        return entries(filter, null, first, size);
    }

    /**
     * The entries that follow {@code last} in the page's order (newest first), or the first ones when it is null:
     * the whole log read a page at a time, each page found through the index where the previous one ended, however
     * far into a million entries (an offset would count its way there again for every page).
     */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public List<AuditRow> pageAfter(
            @NotNull @Valid AuditFilter filter, AuditRow last, @Min(1) @Max(LARGEST_PAGE) int size) {
        return entries(filter, last, 0, size);
    }

    private List<AuditRow> entries(AuditFilter filter, AuditRow after, int first, int size) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = builder.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>(List.of(matching(builder, query, entry, filter)));
        if (after != null) {
            Path<OffsetDateTime> occurred = entry.get("occurredAt");
            Path<Long> id = entry.get("id");
            where.add(builder.or(
                    builder.lessThan(occurred, after.occurredAt()),
                    builder.and(builder.equal(occurred, after.occurredAt()), builder.lessThan(id, after.id()))));
        }
        query.where(where.toArray(Predicate[]::new))
                .orderBy(builder.desc(entry.get("occurredAt")), builder.desc(entry.get("id")));
        List<AuditEntry> entries = entityManager
                .createQuery(query)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        Map<Long, String> names = names(entries.stream()
                .map(AuditEntry::patientId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return entries.stream()
                .map(e -> AuditRow.of(e, e.patientId() == null ? null : names.get(e.patientId())))
                .toList();
    }

    /** The names of the page's patients, in one query. */
    private Map<Long, String> names(List<Long> patients) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", patients)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Patient::id, p -> p.name().toString()));
    }

    private Predicate[] matching(
            CriteriaBuilder builder, AbstractQuery<?> query, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.getUser() != null && !filter.getUser().isBlank()) {
            predicates.add(builder.equal(entry.get("actor"), filter.getUser().strip()));
        }
        filter.patientNumber().ifPresent(number -> predicates.add(builder.equal(entry.get("patientId"), number)));
        filter.patientName().ifPresent(name -> {
            Subquery<Long> named = query.subquery(Long.class);
            Root<Patient> patient = named.from(Patient.class);
            Expression<String> from = builder.lower(builder.literal(NameKey.prefix(name)));
            Expression<String> until = builder.lower(builder.literal(NameKey.endOfPrefix(name)));
            Path<String> family = patient.get("nameKey").get("family");
            Path<String> given = patient.get("nameKey").get("given");
            named.select(patient.get("id"))
                    .where(builder.or(
                            builder.and(builder.greaterThanOrEqualTo(family, from), builder.lessThan(family, until)),
                            builder.and(builder.greaterThanOrEqualTo(given, from), builder.lessThan(given, until))));
            predicates.add(entry.get("patientId").in(named));
        });
        if (filter.getAction() != null) {
            predicates.add(builder.equal(entry.get("action"), filter.getAction()));
        }
        ZoneId zone = calendar.zone();
        if (filter.getFrom() != null) {
            predicates.add(builder.greaterThanOrEqualTo(
                    entry.get("occurredAt"), filter.getFrom().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.getTo() != null) {
            predicates.add(builder.lessThan(
                    entry.get("occurredAt"),
                    filter.getTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
