package org.clinicportal.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;

/** The clinic's patients, for its therapists (and, read-only, its clinic admins). */
@Stateless
public class PatientRegistry {

    /** How far {@link #count} counts. */
    public static final int COUNTED = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    /** A blank registration, assigned to the therapist who registers the patient. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public PatientDetails newPatient() {
        PatientDetails details = new PatientDetails();
        details.setAssignedTherapist(caller.username());
        return details;
    }

    /** The clinic's therapists who can sign in, for assigning a patient to one of them. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<TherapistOption> therapists() {
        return entityManager
                .createNamedQuery("StaffMember.enabledTherapists", StaffMember.class)
                .getResultList()
                .stream()
                .map(member ->
                        new TherapistOption(member.username(), member.name().toString()))
                .toList();
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public long register(@NotNull @Valid PatientDetails details) {
        Patient patient = new Patient(
                details.name(),
                details.getDateOfBirth(),
                details.contact(),
                blankToNull(details.getAssignedTherapist()));
        entityManager.persist(patient);
        entityManager.flush();
        audit.record(
                AuditAction.PATIENT_REGISTERED, patient.id(), patient.name().toString());
        return patient.id();
    }

    /**
     * How many of the clinic's patients match, counted no further than {@link #COUNTED} and one: beyond that a
     * search narrows better than paging does, and an exact count would read every matching row.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public long count(@NotNull @Valid PatientSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Patient> patient = ids.from(Patient.class);
        // In the list's order: the walk along its index stops at the bound.
        ids.select(patient.get("id"))
                .where(matching(cb, patient, search))
                .orderBy(ordering(cb, patient, PatientOrder.NAME, true));
        return entityManager
                .createQuery(ids)
                .setMaxResults(COUNTED + 1)
                .getResultList()
                .size();
    }

    /** One page of the clinic's patients, narrowed and sorted, with their open alerts: two statements. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<PatientRow> list(
            @NotNull @Valid PatientSearch search,
            @Min(0) int first,
            @Min(1) @Max(200) int pageSize,
            @NotNull PatientOrder order,
            boolean ascending) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Patient> select = cb.createQuery(Patient.class);
        Root<Patient> patient = select.from(Patient.class);
        select.where(matching(cb, patient, search)).orderBy(ordering(cb, patient, order, ascending));
        List<Patient> page = entityManager
                .createQuery(select)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> referralNeeded = Set.copyOf(entityManager
                .createNamedQuery("ReferralAlert.openAmong", Long.class)
                .setParameter("patients", page.stream().map(Patient::id).toList())
                .getResultList());
        return page.stream()
                .map(found -> PatientRow.of(found, referralNeeded.contains(found.id())))
                .toList();
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public PatientProfile profile(long id) throws PatientNotFoundException {
        Patient patient = find(id);
        audit.record(AuditAction.PATIENT_VIEWED, id, patient.name().toString());
        return new PatientProfile(
                id,
                patient.version(),
                patient.name().toString(),
                patient.dateOfBirth(),
                Period.between(patient.dateOfBirth(), LocalDate.now()).getYears(),
                patient.status(),
                PatientDetails.of(patient),
                patient.portalAccount().isPresent(),
                patient.registeredAt());
    }

    /**
     * Saves corrected details.
     *
     * @param version the version the caller's form was filled from; a later save by someone else wins
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void update(long id, long version, @NotNull @Valid PatientDetails details)
            throws PatientNotFoundException, ConcurrentChangeException {
        Patient patient = findCurrent(id, version);
        patient.correct(details.name(), details.getDateOfBirth(), details.contact());
        patient.assignTo(blankToNull(details.getAssignedTherapist()));
        audit.record(AuditAction.PATIENT_UPDATED, id, patient.name().toString());
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void discharge(long id, long version) throws PatientNotFoundException, ConcurrentChangeException {
        Patient patient = findCurrent(id, version);
        patient.discharge();
        audit.record(AuditAction.PATIENT_DISCHARGED, id, patient.name().toString());
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void readmit(long id, long version) throws PatientNotFoundException, ConcurrentChangeException {
        Patient patient = findCurrent(id, version);
        patient.readmit();
        audit.record(AuditAction.PATIENT_READMITTED, id, patient.name().toString());
    }

    private Patient find(long id) throws PatientNotFoundException {
        Patient patient = entityManager.find(Patient.class, id);
        if (patient == null) {
            throw new PatientNotFoundException(id);
        }
        return patient;
    }

    private Patient findCurrent(long id, long version) throws PatientNotFoundException, ConcurrentChangeException {
        Patient patient = find(id);
        ConcurrentChangeException.requireCurrent(patient.version(), version);
        return patient;
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Patient> patient, PatientSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.name() != null && !search.name().isBlank()) {
            Expression<String> from = cb.lower(cb.literal(NameKey.prefix(search.name())));
            Expression<String> until = cb.lower(cb.literal(NameKey.endOfPrefix(search.name())));
            Path<String> family = patient.get("nameKey").get("family");
            Path<String> given = patient.get("nameKey").get("given");
            where.add(cb.or(
                    cb.and(cb.greaterThanOrEqualTo(family, from), cb.lessThan(family, until)),
                    cb.and(cb.greaterThanOrEqualTo(given, from), cb.lessThan(given, until))));
        }
        if (search.dateOfBirth() != null) {
            where.add(cb.equal(patient.get("dateOfBirth"), search.dateOfBirth()));
        }
        if (search.status() != null) {
            where.add(cb.equal(patient.get("status"), search.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> ordering(
            CriteriaBuilder cb, Root<Patient> patient, PatientOrder order, boolean ascending) {
        Path<?> family = patient.get("nameKey").get("family");
        Path<?> given = patient.get("nameKey").get("given");
        List<Path<?>> columns = switch (order) {
            case NAME -> List.of(family, given);
            case DATE_OF_BIRTH -> List.of(patient.get("dateOfBirth"), family, given);
            case STATUS -> List.of(patient.get("status"), family, given);
            case THERAPIST -> List.of(patient.get("assignedTherapist"), family, given);
        };
        List<Order> orders = new ArrayList<>();
        for (Path<?> column : columns) {
            orders.add(ascending ? cb.asc(column) : cb.desc(column));
        }
        orders.add(cb.asc(patient.get("id")));
        return orders;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
