package org.clinicportal.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.alert.Alert;
import org.clinicportal.input.PlainText;
import org.clinicportal.intake.IntakeNotFoundException;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.patient.NameKey;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.Patients;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.program.Program;
import org.clinicportal.program.Programs;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.eclipse.persistence.config.QueryHints;

/**
 * The therapist's side of progress: the caseload at a glance, a patient's progress and alerts,
 * acknowledging alerts, outcome measures taken at visits and their schedule.
 */
@Stateless
public class ProgressReview {

    public static final int LARGEST_PAGE = 100;

    /** How far {@link #caseloadCount} counts. */
    public static final int COUNTED = 1000;

    /**
     * The active patients' rows of the caseload (kept per patient by the database, see V16__scale.sql), narrowed;
     * every sort is a scan of an index on caseload_row that stops at the page.
     */
    private static final String CASELOAD = """
            select r.patient_id, r.given_name, r.family_name, r.assigned_therapist, r.adherence_7, r.adherence_28,
                   r.latest_pain, r.latest_lefs, r.lefs_change, r.open_alert_kinds,
                   (select count(*) from message m
                     where m.clinic_id = r.clinic_id and m.patient_id = r.patient_id and m.side = 'PATIENT'
                       and m.sent_at > coalesce((select t.clinic_read_at from message_thread t
                                                  where t.clinic_id = r.clinic_id and t.patient_id = r.patient_id),
                                                '-infinity'))
              from caseload_row r
             where r.clinic_id = ?1 and r.status = 'ACTIVE' and (?2 or r.assigned_therapist = ?3)
               and (?4 or r.family_key >= lower(?5) and r.family_key < lower(?6) or r.given_key >= lower(?5) and r.given_key < lower(?6))
               and (not ?7 or r.open_alerts > 0)
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
    private IntakeService intakes;

    /**
     * How many patients the caseload holds, counted no further than {@link #COUNTED} and one. Refreshes first a
     * batch of its rows of an earlier day, as the adherence windows have moved; {@link CaseloadRefresh} does the rest.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public long caseloadCount(@NotNull @Valid CaseloadFilter filter) {
        entityManager
                .createNativeQuery("select refresh_stale_caseload(?1)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, caller.clinic().orElseThrow())
                .getSingleResult();
        Query count = caseload("select count(*) from (" + CASELOAD + " limit " + (COUNTED + 1) + ") counted", filter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** A page of the caseload; sorting puts patients without a value last, ties by name. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<CaseloadRow> caseload(
            @NotNull @Valid CaseloadFilter filter,
            @NotNull CaseloadOrder order,
            boolean ascending,
            @Min(0) int first,
            @Min(1) @Max(LARGEST_PAGE) int size) {
        String sql = CASELOAD + " order by " + order.sql(ascending) + " limit " + size + " offset " + first;
        List<CaseloadRow> page = new ArrayList<>();
        for (Object row : caseload(sql, filter).getResultList()) {
            Object[] c = (Object[]) row;
            page.add(new CaseloadRow(
                    ((Number) c[0]).longValue(),
                    (String) c[1],
                    (String) c[2],
                    (String) c[3],
                    integer(c[4]),
                    integer(c[5]),
                    integer(c[6]),
                    integer(c[7]),
                    integer(c[8]),
                    alertKinds((String) c[9]),
                    ((Number) c[10]).longValue()));
        }
        return page;
    }

    /** A patient's progress: charts, judgements, and every alert with its history. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public ProgressView progress(long patientId) throws PatientNotFoundException {
        Patient patient = patient(patientId);
        audit.record(AuditAction.PROGRESS_VIEWED, patientId, "Progress of " + patient.name());
        return new PatientProgress(entityManager, patientId, calendar.today())
                .view(patient.name().toString());
    }

    /**
     * Marks an alert seen, with what was done. Red flags need that note; the other alerts may go without.
     *
     * @throws ConcurrentChangeException when someone acknowledged it meanwhile
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void acknowledge(
            @NotNull AlertKind kind,
            long alertId,
            long version,
            @Size(max = Alert.NOTE_LENGTH, message = "{alert.note}") @PlainText String note)
            throws AlertNotFoundException, ConcurrentChangeException {
        if (kind == AlertKind.RED_FLAG) {
            try {
                intakes.acknowledgeReferral(alertId, version, note == null ? "" : note);
            } catch (IntakeNotFoundException e) {
                throw new AlertNotFoundException(alertId);
            }
            return;
        }
        ProgressAlert alert = entityManager.find(ProgressAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new AlertNotFoundException(alertId);
        }
        if (!alert.isOpen()) {
            throw new ConcurrentChangeException();
        }
        ConcurrentChangeException.requireCurrent(alert.version(), version);
        alert.acknowledge(caller.username(), note, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.flush();
        audit.record(AuditAction.ALERT_ACKNOWLEDGED, alert.patientId(), alert.kind() + " alert " + alertId);
    }

    /** A blank record of the outcome measures taken today, with HOOS-12 when the patient's schedule picks it. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public MeasureForm newMeasure(long patientId) throws PatientNotFoundException {
        patient(patientId);
        return MeasureForm.blank(calendar.today(), Programs.of(entityManager, patientId));
    }

    /** Records the outcome measures taken at a visit. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void recordMeasure(long patientId, @NotNull @Valid MeasureForm form) throws PatientNotFoundException {
        patient(patientId);
        entityManager.persist(new OutcomeMeasure(
                patientId,
                form.getTakenOn(),
                caller.username(),
                form.getLefs(),
                form.getPain(),
                form.hoosAnswers(),
                OffsetDateTime.now(ZoneOffset.UTC)));
        audit.record(AuditAction.MEASURE_RECORDED, patientId, "Outcome measures of " + form.getTakenOn());
    }

    /**
     * Asks the patient for the outcome measures every so many weeks, in the portal.
     *
     * @param everyWeeks 1 to 26, or null to stop asking between visits
     * @param withHoos12 whether HOOS-12 is asked beside LEFS, in the portal and on the visit form
     * @throws ProgressRefusedException when the patient has no program yet
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void scheduleOutcomes(
            long patientId,
            @Min(value = 1, message = "{measure.every}") @Max(value = 26, message = "{measure.every}")
                    Integer everyWeeks,
            boolean withHoos12)
            throws PatientNotFoundException, ProgressRefusedException {
        patient(patientId);
        Program program = Programs.of(entityManager, patientId)
                .orElseThrow(() -> new ProgressRefusedException("refused.progress.scheduleWithoutProgram"));
        program.askForOutcomesEvery(everyWeeks, withHoos12);
        audit.record(
                AuditAction.OUTCOME_SCHEDULE_SET,
                patientId,
                (everyWeeks == null ? "at visits only" : "every " + everyWeeks + " weeks")
                        + (withHoos12 ? ", LEFS and HOOS-12" : ", LEFS"));
    }

    private Query caseload(String sql, CaseloadFilter filter) {
        Optional<String> name = filter.namePrefix();
        return entityManager
                .createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, caller.clinic().orElseThrow())
                .setParameter(2, filter.isEveryone())
                .setParameter(3, caller.username())
                .setParameter(4, name.isEmpty())
                .setParameter(5, name.map(NameKey::prefix).orElse(""))
                .setParameter(6, name.map(NameKey::endOfPrefix).orElse(""))
                .setParameter(7, filter.isAlertsOnly());
    }

    /** The kinds of a row's open alerts, in AlertKind's order. */
    private static List<AlertKind> alertKinds(String names) {
        if (names == null) {
            return List.of();
        }
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        for (String name : names.split(",")) {
            kinds.add(AlertKind.valueOf(name));
        }
        return List.copyOf(kinds);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private Patient patient(long id) throws PatientNotFoundException {
        return Patients.require(entityManager, id);
    }
}
