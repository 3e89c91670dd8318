package org.clinicportal.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientStatus;
import org.clinicportal.patient.Patients;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.clinicportal.training.DistanceUnit;

/**
 * Assigns a home program to a patient and changes it. Every change is a new version made by the
 * therapist; a patient with an unacknowledged red flag gets no program until a therapist has
 * acknowledged the referral.
 */
@Stateless
public class ProgramAssignments {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private CallersLanguage reader;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @EJB
    private IntakeService intakes;

    @EJB
    private ProgramTemplates templates;

    /**
     * The patient's program as their page shows it: the current version with its exercises, and every version,
     * newest first, with its number of exercises; the current one is the newest.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public ProgramOverview overview(long patientId) throws PatientNotFoundException {
        Patient patient = patient(patientId);
        List<Object[]> versions = entityManager
                .createNamedQuery("ProgramVersion.history", Object[].class)
                .setParameter("patient", patientId)
                .getResultList();
        List<VersionRow> history = new ArrayList<>();
        for (Object[] row : versions) {
            history.add(versionRow((ProgramVersion) row[0], ((Number) row[1]).intValue(), history.isEmpty()));
        }
        ProgramView current = versions.isEmpty()
                ? null
                : ProgramViews.of(entityManager, clinic(), reader.get(), patient, (ProgramVersion) versions.get(0)[0]);
        return new ProgramOverview(current, history);
    }

    private static VersionRow versionRow(ProgramVersion version, int exercises, boolean current) {
        return new VersionRow(
                version.number(),
                version.start(),
                exercises,
                version.returnToRun().isPresent(),
                version.createdBy(),
                version.createdAt(),
                current);
    }

    /**
     * The editor's starting point: the current version, or an empty program from today in the
     * clinic's time zone; distances in the user's unit.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public ProgramForm draft(long patientId, @NotNull DistanceUnit unit) throws PatientNotFoundException {
        ProgramForm form = new ProgramForm();
        form.setPatientName(patient(patientId).name().toString());
        form.setDistanceUnit(unit);
        Optional<ProgramVersion> current = Programs.currentVersion(entityManager, patientId);
        if (current.isEmpty()) {
            form.setStart(calendar.today());
            return form;
        }
        ProgramVersion version = current.get();
        form.setBasedOn(version.number());
        form.setStart(version.start());
        form.setReturnToRun(version.returnToRun().isPresent());
        form.setReturnToRunFrom(version.returnToRun().orElse(null));
        form.setNotes(version.notes().orElse(null));
        List<ItemView> items = ItemViews.of(entityManager, clinic(), reader.get(), version.items());
        List<ItemForm> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(ItemForm.of(version.items().get(i), items.get(i).exercise(), unit));
        }
        form.setItems(lines);
        return form;
    }

    /** Adds a template's exercises to the form being edited, and its return-to-run ramp if it has one. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public ProgramForm addTemplate(@NotNull ProgramForm form, long templateId) throws TemplateNotFoundException {
        List<ItemForm> lines = new ArrayList<>(form.getItems());
        lines.addAll(templates.itemsOf(templateId, form.getDistanceUnit()));
        form.setItems(lines);
        if (templates.template(templateId).returnToRun() && !form.isReturnToRun()) {
            form.setReturnToRun(true);
            form.setReturnToRunFrom(form.getStart());
        }
        return form;
    }

    /**
     * Makes the form the patient's current program.
     *
     * @return the number of the new version
     * @throws ProgramRefusedException   when the patient has an open referral or was discharged
     * @throws ConcurrentChangeException when another version was made since the form was filled
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public int assign(long patientId, @NotNull @Valid ProgramForm form)
            throws PatientNotFoundException, ProgramRefusedException, ExerciseNotFoundException,
                    ConcurrentChangeException {
        Patient patient = Patients.lock(entityManager, patientId);
        if (patient.status() != PatientStatus.ACTIVE) {
            throw new ProgramRefusedException("refused.program.discharged");
        }
        if (intakes.hasOpenReferral(patientId)) {
            throw new ProgramRefusedException("refused.program.openReferral");
        }
        List<ProgramItem> items = ItemViews.items(entityManager, clinic(), form.getItems(), form.getDistanceUnit());
        ProgramPlan plan = new ProgramPlan(
                form.getStart(),
                form.isReturnToRun() ? Optional.of(form.getReturnToRunFrom()) : Optional.empty(),
                items,
                Optional.ofNullable(form.getNotes()));
        Program program = Programs.of(entityManager, patientId).orElseGet(() -> create(patientId));
        ConcurrentChangeException.requireCurrent(program.currentVersion(), form.getBasedOn());
        ProgramVersion version =
                program.revise(form.getBasedOn(), plan, caller.username(), OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(version);
        DueDays.plan(entityManager, patientId, version, calendar.today());
        entityManager.flush();
        audit.record(
                AuditAction.PROGRAM_ASSIGNED,
                patientId,
                "Program version " + version.number() + " for " + patient.name());
        return version.number();
    }

    private Program create(long patientId) {
        Program program = new Program(patientId);
        entityManager.persist(program);
        entityManager.flush();
        return program;
    }

    private Patient patient(long id) throws PatientNotFoundException {
        return Patients.require(entityManager, id);
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("Programs are assigned within a clinic"));
    }
}
