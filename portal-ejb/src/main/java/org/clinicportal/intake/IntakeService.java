package org.clinicportal.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.alert.Alert;
import org.clinicportal.input.PlainText;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.Patients;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.Clinic;
import org.clinicportal.tenancy.ClinicOfRequest;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.ShoeWear;
import org.clinicportal.training.TrainingRamp;

/**
 * Records intakes for the clinic's therapists (clinic admins may read them). A red flag answered
 * yes raises a referral alert at once; the alert stays open until a therapist acknowledges it.
 */
@Stateless
public class IntakeService {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicOfRequest clinics;

    @Inject
    private AuditTrail audit;

    /** Opens a new draft intake for today's visit. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long start(long patientId) throws PatientNotFoundException {
        Patient patient = patient(patientId);
        Intake intake = new Intake(patientId, LocalDate.now(), caller.username());
        entityManager.persist(intake);
        entityManager.flush();
        audit.record(AuditAction.INTAKE_STARTED, patientId, "Intake " + intake.id() + " for " + patient.name());
        return intake.id();
    }

    /**
     * Opens a follow-up visit that repeats the intake's measures, starting from the latest signed visit's
     * values and red-flag answers.
     *
     * @throws IntakeRefusedException when the patient has no signed intake to follow up on
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long startFollowUp(long patientId) throws PatientNotFoundException, IntakeRefusedException {
        Patient patient = patient(patientId);
        List<Intake> signed = signedVisits(patientId);
        if (signed.isEmpty()) {
            throw new IntakeRefusedException("refused.intake.followUpBeforeSigning");
        }
        Intake followUp = signed.get(signed.size() - 1).followUp(LocalDate.now(), caller.username());
        entityManager.persist(followUp);
        entityManager.flush();
        audit.record(AuditAction.INTAKE_STARTED, patientId, "Follow-up " + followUp.id() + " for " + patient.name());
        return followUp.id();
    }

    /**
     * The patient's visits as their page shows them, from one query: every visit, newest first, and the first
     * signed visit compared with the latest.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public PatientVisits visits(long patientId) {
        List<Intake> newestFirst = entityManager
                .createNamedQuery("Intake.forPatient", Intake.class)
                .setParameter("patient", patientId)
                .getResultList();
        List<Intake> signed =
                new ArrayList<>(newestFirst.stream().filter(Intake::isSigned).toList());
        Collections.reverse(signed);
        return new PatientVisits(newestFirst.stream().map(IntakeSummary::of).toList(), comparison(signed));
    }

    /** The first signed visit against the latest, oldest first in {@code signed}; none until there are two. */
    private static VisitComparison comparison(List<Intake> signed) {
        return signed.size() < 2 ? null : VisitComparison.between(signed.get(0), signed.get(signed.size() - 1));
    }

    private List<Intake> signedVisits(long patientId) {
        return entityManager
                .createNamedQuery("Intake.signedForPatient", Intake.class)
                .setParameter("patient", patientId)
                .getResultList();
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public IntakeView open(long intakeId) throws IntakeNotFoundException {
        Intake intake = intake(intakeId);
        audit.record(AuditAction.INTAKE_VIEWED, intake.patientId(), "Intake " + intakeId);
        return view(intake);
    }

    /**
     * Saves the draft as the form holds it.
     *
     * @param version the version the form was filled from; someone else's later save is not overwritten
     * @return the intake as saved, with its new version
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public IntakeView save(long intakeId, long version, @NotNull @Valid IntakeForm form)
            throws IntakeNotFoundException, IntakeRefusedException, ConcurrentChangeException {
        Intake intake = current(intakeId, version);
        if (intake.isSigned()) {
            throw new IntakeRefusedException("refused.intake.signed");
        }
        intake.rescheduleVisit(form.getVisitDate());
        intake.recordSubjective(form.toSubjective());
        Set<RedFlag> turnedYes = intake.screenRedFlags(form.toRedFlagScreen());
        intake.recordObjective(form.toObjective());
        intake.assess(form.toHypotheses(), form.getClinicalReasoning());
        raiseReferral(intake, turnedYes);
        audit.record(AuditAction.INTAKE_SAVED, intake.patientId(), "Intake " + intakeId);
        entityManager.flush();
        return view(intake);
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public IntakeView sign(long intakeId, long version)
            throws IntakeNotFoundException, IntakeRefusedException, ConcurrentChangeException {
        Intake intake = current(intakeId, version);
        Optional<SigningObstacle> obstacle = intake.signingObstacle();
        if (obstacle.isPresent()) {
            throw new IntakeRefusedException("refused.intake.sign." + obstacle.get());
        }
        intake.sign(caller.username());
        audit.record(AuditAction.INTAKE_SIGNED, intake.patientId(), "Intake " + intakeId);
        entityManager.flush();
        return view(intake);
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public IntakeView addAddendum(
            long intakeId,
            @NotBlank(message = "{intake.addendum}")
                    @Size(max = Addendum.MAX_LENGTH, message = "{input.tooLong}")
                    @PlainText
                    String text)
            throws IntakeNotFoundException, IntakeRefusedException {
        Intake intake = intake(intakeId);
        if (!intake.isSigned()) {
            throw new IntakeRefusedException("refused.intake.addendumToDraft");
        }
        entityManager.persist(intake.addendum(caller.username(), text));
        audit.record(AuditAction.INTAKE_ADDENDUM_ADDED, intake.patientId(), "Intake " + intakeId);
        entityManager.flush();
        return view(intake);
    }

    /** Records what was done about a referral alert, which closes it. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void acknowledgeReferral(
            long alertId,
            long version,
            @NotBlank(message = "{referral.note}")
                    @Size(max = Alert.NOTE_LENGTH, message = "{input.tooLong}")
                    @PlainText
                    String note)
            throws IntakeNotFoundException, ConcurrentChangeException {
        // Locked as it is read: a second acknowledgement, or a red flag from home joining it, waits and sees this one.
        ReferralAlert alert = entityManager.find(ReferralAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new IntakeNotFoundException("referralAlert", alertId);
        }
        if (!alert.isOpen()) {
            throw new ConcurrentChangeException();
        }
        ConcurrentChangeException.requireCurrent(alert.version(), version);
        alert.acknowledge(caller.username(), note, OffsetDateTime.now(ZoneOffset.UTC));
        audit.record(AuditAction.REFERRAL_ACKNOWLEDGED, alert.patientId(), "Referral alert " + alertId + ": " + note);
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<ReferralView> referrals(long patientId) {
        return entityManager
                .createNamedQuery("ReferralAlert.forPatient", ReferralAlert.class)
                .setParameter("patient", patientId)
                .getResultList()
                .stream()
                .map(ReferralView::of)
                .toList();
    }

    /** Whether the patient has a referral alert no therapist has acknowledged yet. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public boolean hasOpenReferral(long patientId) {
        return entityManager
                        .createNamedQuery("ReferralAlert.countOpenForPatient", Long.class)
                        .setParameter("patient", patientId)
                        .getSingleResult()
                > 0;
    }

    /** How many of the clinic's patients have a referral alert awaiting acknowledgement. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public long patientsAwaitingReferral() {
        return entityManager
                .createNamedQuery("ReferralAlert.countOpenPatients", Long.class)
                .getSingleResult();
    }

    /**
     * A red flag that turned yes needs a referral decision: it joins the intake's open alert, or raises a
     * new one. A yes that was already acknowledged is not raised again by saving the draft once more.
     */
    private void raiseReferral(Intake intake, Set<RedFlag> turnedYes) {
        Optional<ReferralAlert> open = entityManager
                .createNamedQuery("ReferralAlert.openForIntake", ReferralAlert.class)
                .setParameter("intake", intake.id())
                .getResultStream()
                .findFirst();
        if (open.isPresent()) {
            open.get().reflag(intake.redFlagScreen().present(), turnedYes);
        } else if (!turnedYes.isEmpty()) {
            entityManager.persist(new ReferralAlert(intake, turnedYes));
            audit.record(AuditAction.REFERRAL_RAISED, intake.patientId(), "Red flags " + turnedYes);
        }
    }

    private IntakeView view(Intake intake) {
        Patient patient = entityManager.find(Patient.class, intake.patientId());
        DistanceUnit unit = distanceUnit();
        Subjective subjective = intake.subjective();
        List<IntakeView.AddendumView> addenda = entityManager
                .createNamedQuery("Addendum.forIntake", Addendum.class)
                .setParameter("intake", intake.id())
                .getResultList()
                .stream()
                .map(IntakeView.AddendumView::of)
                .toList();
        return new IntakeView(
                intake.id(),
                intake.version(),
                intake.kind(),
                intake.patientId(),
                patient.name().toString(),
                intake.status(),
                intake.signedBy(),
                intake.signedAt(),
                IntakeForm.of(intake, unit),
                subjective.ramp().flatMap(TrainingRamp::changePercent).orElse(null),
                subjective.ramp().map(TrainingRamp::breaksTenPercentRule).orElse(false),
                subjective.shoeWear().map(ShoeWear::status).orElse(null),
                List.copyOf(intake.suggestedHypotheses()),
                List.copyOf(intake.redFlagScreen().unansweredFlags()),
                referrals(intake.patientId()),
                addenda);
    }

    private DistanceUnit distanceUnit() {
        return caller.clinic().flatMap(clinics::find).map(Clinic::distanceUnit).orElse(DistanceUnit.KILOMETRES);
    }

    private Patient patient(long id) throws PatientNotFoundException {
        return Patients.require(entityManager, id);
    }

    private Intake intake(long id) throws IntakeNotFoundException {
        Intake intake = entityManager.find(Intake.class, id);
        if (intake == null) {
            throw new IntakeNotFoundException("intake", id);
        }
        return intake;
    }

    private Intake current(long id, long version) throws IntakeNotFoundException, ConcurrentChangeException {
        Intake intake = intake(id);
        ConcurrentChangeException.requireCurrent(intake.version(), version);
        return intake;
    }
}
