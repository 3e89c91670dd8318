package org.clinicportal.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.ClinicCalendar;
import org.clinicportal.input.PlainText;
import org.clinicportal.intake.ClinicalTerms;
import org.clinicportal.intake.IntakeNotFoundException;
import org.clinicportal.intake.IntakeRefusedException;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.patient.ConcurrentChangeException;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.Patients;
import org.clinicportal.program.Program;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.eclipse.persistence.config.QueryHints;

/**
 * The therapist's side of progress: the caseload at a glance, a patient's progress and alerts,
 * acknowledging alerts, outcome measures taken at visits and their schedule.
 */
@Stateless
public class ProgressReview {

    public static final int LARGEST_PAGE = 100;

    /**
     * One row per active patient with adherence, latest pain and LEFS and open alerts, each a
     * correlated subquery on an index that starts with the clinic: one statement, whatever the
     * caseload's size.
     */
    private static final String CASELOAD = """
            select * from (
              select p.id, p.given_name, p.family_name, p.assigned_therapist,
                (select case when sum(d.exercises_due) > 0 then round(100.0 * sum(least(coalesce(s.exercises_done, 0),
                        d.exercises_due)) / sum(d.exercises_due)) end
                   from due_day d left join session_log s
                     on s.clinic_id = d.clinic_id and s.patient_id = d.patient_id and s.log_day = d.day
                  where d.clinic_id = p.clinic_id and d.patient_id = p.id and d.day between ?2 and ?4) as adherence_7,
                (select case when sum(d.exercises_due) > 0 then round(100.0 * sum(least(coalesce(s.exercises_done, 0),
                        d.exercises_due)) / sum(d.exercises_due)) end
                   from due_day d left join session_log s
                     on s.clinic_id = d.clinic_id and s.patient_id = d.patient_id and s.log_day = d.day
                  where d.clinic_id = p.clinic_id and d.patient_id = p.id and d.day between ?3 and ?4) as adherence_28,
                (select x.pain_after from (
                    select s.pain_after, s.log_day as day, s.logged_at as at from session_log s
                     where s.clinic_id = p.clinic_id and s.patient_id = p.id
                    union all
                    select r.pain_after, r.run_day, r.logged_at from run_log r
                     where r.clinic_id = p.clinic_id and r.patient_id = p.id) x
                  order by x.day desc, x.at desc limit 1) as latest_pain,
                (select m.lefs_total from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                    and m.lefs_total is not null order by m.taken_on desc, m.id desc limit 1) as latest_lefs,
                (select m.lefs_total from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                    and m.lefs_total is not null order by m.taken_on, m.id limit 1) as first_lefs,
                (select count(*) from outcome_measure m where m.clinic_id = p.clinic_id and m.patient_id = p.id
                    and m.lefs_total is not null) as lefs_count,
                (select count(*) from progress_alert a where a.clinic_id = p.clinic_id and a.patient_id = p.id
                    and a.acknowledged_at is null)
                  + (select count(*) from referral_alert r where r.clinic_id = p.clinic_id and r.patient_id = p.id
                    and r.acknowledged_at is null) as open_alerts
              from patient p
              where p.clinic_id = ?1 and p.status = 'ACTIVE' and (?5 or p.assigned_therapist = ?6)
                and (lower(p.family_name) like ?7 or lower(p.given_name) like ?7)
            ) c
            where (not ?8 or c.open_alerts > 0)
            """;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @EJB
    private ClinicalTerms terms;

    @EJB
    private IntakeService intakes;

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public long caseloadCount(@NotNull @Valid CaseloadFilter filter) {
        Query count = caseload("select count(*) from (" + CASELOAD + ") counted", filter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** A page of the caseload; sorting puts patients without a value last. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<CaseloadRow> caseload(@NotNull @Valid CaseloadFilter filter, @NotNull CaseloadOrder order, boolean ascending,
            @Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        String sql = CASELOAD + " order by " + order.column() + (ascending ? " asc" : " desc")
                + " nulls last, lower(family_name), id limit " + size + " offset " + first;
        List<?> rows = caseload(sql, filter).getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object row : rows) {
            ids.add(((Number) ((Object[]) row)[0]).longValue());
        }
        Map<Long, Set<AlertKind>> alerts = openAlerts(ids);
        List<CaseloadRow> page = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            Integer latestLefs = integer(c[7]);
            Integer lefsChange = ((Number) c[9]).intValue() >= 2 ? latestLefs - integer(c[8]) : null;
            page.add(new CaseloadRow(id, (String) c[1], (String) c[2], (String) c[3], integer(c[4]), integer(c[5]),
                    integer(c[6]), latestLefs, lefsChange, List.copyOf(alerts.getOrDefault(id, Set.of()))));
        }
        return page;
    }

    /** A patient's progress: charts, judgements, and every alert with its history. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public ProgressView progress(long patientId) throws PatientNotFoundException {
        Patient patient = patient(patientId);
        audit.record(AuditAction.PROGRESS_VIEWED, patientId, "Progress of " + patient.name());
        return new PatientProgress(entityManager, patientId, calendar.today()).view(patient.name().toString(), terms);
    }

    /**
     * Marks an alert seen, with what was done. Red flags need that note; the other alerts may go without.
     *
     * @throws ConcurrentChangeException when someone acknowledged it meanwhile
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void acknowledge(@NotNull AlertKind kind, long alertId, long version,
            @Size(max = ProgressAlert.NOTE_LENGTH, message = "{alert.note}") @PlainText String note)
            throws AlertNotFoundException, ConcurrentChangeException, IntakeRefusedException {
        if (kind == AlertKind.RED_FLAG) {
            try {
                intakes.acknowledgeReferral(alertId, version, note == null ? "" : note);
            } catch (IntakeNotFoundException e) {
                throw new AlertNotFoundException(alertId);
            }
            return;
        }
        ProgressAlert alert = entityManager.find(ProgressAlert.class, alertId);
        if (alert == null) {
            throw new AlertNotFoundException(alertId);
        }
        if (alert.version() != version || !alert.isOpen()) {
            throw new ConcurrentChangeException("The alert");
        }
        alert.acknowledge(caller.username(), note, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.flush();
        audit.record(AuditAction.ALERT_ACKNOWLEDGED, alert.patientId(), alert.kind() + " alert " + alertId);
    }

    /** A blank record of the outcome measures taken today, for one of the clinic's patients. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public MeasureForm newMeasure(long patientId) throws PatientNotFoundException {
        patient(patientId);
        MeasureForm form = new MeasureForm();
        form.setTakenOn(calendar.today());
        return form;
    }

    /** Records the outcome measures taken at a visit. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void recordMeasure(long patientId, @NotNull @Valid MeasureForm form) throws PatientNotFoundException {
        patient(patientId);
        entityManager.persist(new OutcomeMeasure(patientId, form.getTakenOn(), caller.username(), form.getLefs(),
                form.getPain(), form.hoosAnswers(), OffsetDateTime.now(ZoneOffset.UTC)));
        audit.record(AuditAction.MEASURE_RECORDED, patientId, "Outcome measures of " + form.getTakenOn());
    }

    /**
     * Asks the patient for the outcome measures every so many weeks, in the portal.
     *
     * @param everyWeeks 1 to 26, or null to stop asking between visits
     * @throws ProgressRefusedException when the patient has no program yet
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void scheduleOutcomes(long patientId, @Min(value = 1, message = "{measure.every}")
            @Max(value = 26, message = "{measure.every}") Integer everyWeeks)
            throws PatientNotFoundException, ProgressRefusedException {
        patient(patientId);
        Program program = entityManager.createNamedQuery("Program.ofPatient", Program.class).setParameter("patient", patientId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ProgressRefusedException("Assign a program first: the schedule belongs to it."));
        program.askForOutcomesEvery(everyWeeks);
        audit.record(AuditAction.OUTCOME_SCHEDULE_SET, patientId, everyWeeks == null ? "none" : "every " + everyWeeks + " weeks");
    }

    private Query caseload(String sql, CaseloadFilter filter) {
        LocalDate today = calendar.today();
        return entityManager.createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, caller.clinic().orElseThrow())
                .setParameter(2, today.minusDays(6))
                .setParameter(3, today.minusDays(27))
                .setParameter(4, today)
                .setParameter(5, filter.isEveryone())
                .setParameter(6, caller.username())
                .setParameter(7, filter.namePattern())
                .setParameter(8, filter.isAlertsOnly());
    }

    private Map<Long, Set<AlertKind>> openAlerts(List<Long> patients) {
        Map<Long, Set<AlertKind>> open = new HashMap<>();
        if (patients.isEmpty()) {
            return open;
        }
        for (Long patient : entityManager.createNamedQuery("ReferralAlert.openAmong", Long.class)
                .setParameter("patients", patients).getResultList()) {
            open.computeIfAbsent(patient, id -> EnumSet.noneOf(AlertKind.class)).add(AlertKind.RED_FLAG);
        }
        for (Object[] row : entityManager.createNamedQuery("ProgressAlert.openAmong", Object[].class)
                .setParameter("patients", patients).getResultList()) {
            open.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(AlertKind.class)).add((AlertKind) row[1]);
        }
        return open;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private Patient patient(long id) throws PatientNotFoundException {
        return Patients.require(entityManager, id);
    }
}
