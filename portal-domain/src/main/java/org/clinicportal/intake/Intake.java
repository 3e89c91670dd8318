package org.clinicportal.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.tenancy.Tenancy;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.ShoeWear;
import org.clinicportal.training.Surface;
import org.clinicportal.training.TrainingRamp;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A runner's evaluation: the initial intake or a follow-up that repeats its measures. Recorded
 * section by section while it is a draft and read-only once signed; corrections to a signed
 * evaluation are addenda, never edits.
 */
@Entity
@Table(name = "intake")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "Intake.forPatient",
        query = "select i from Intake i where i.patientId = :patient order by i.visitDate desc, i.id desc")
@NamedQuery(
        name = "Intake.signedForPatient",
        query =
                "select i from Intake i where i.patientId = :patient and i.status = org.clinicportal.intake.IntakeStatus.SIGNED"
                        + " order by i.visitDate, i.id")
public class Intake {

    @Id
    @SequenceGenerator(name = "intake_seq", sequenceName = "intake_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private VisitKind kind;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private IntakeStatus status;

    @Column(name = "created_by", nullable = false, updatable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "signed_by", length = 80)
    private String signedBy;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Version
    @Column(name = "version")
    private long version;

    // Subjective

    @Column(name = "pain_locations", length = 200)
    private String painLocations;

    @Enumerated(EnumType.STRING)
    @Column(name = "onset_timing", length = 40)
    private OnsetTiming onsetTiming;

    @Enumerated(EnumType.STRING)
    @Column(name = "onset_course", length = 20)
    private OnsetCourse onsetCourse;

    @Column(name = "pain_at_rest")
    private Integer painAtRest;

    @Column(name = "pain_during_run")
    private Integer painDuringRun;

    @Column(name = "pain_after_run")
    private Integer painAfterRun;

    @Column(name = "aggravating_activities", length = 300)
    private String aggravatingActivities;

    @Column(name = "mechanical_symptoms", length = 200)
    private String mechanicalSymptoms;

    @Column(name = "stiffness")
    private Boolean stiffness;

    @Column(name = "morning_stiffness")
    private Boolean morningStiffness;

    @Embedded
    @AttributeOverride(name = "kilometres", column = @Column(name = "weekly_km_now", precision = 9, scale = 3))
    private Distance weeklyDistanceNow;

    @Embedded
    @AttributeOverride(
            name = "kilometres",
            column = @Column(name = "weekly_km_four_weeks_ago", precision = 9, scale = 3))
    private Distance weeklyDistanceFourWeeksAgo;

    @Column(name = "training_changes", length = 100)
    private String trainingChanges;

    @Column(name = "surfaces", length = 100)
    private String surfaces;

    @Enumerated(EnumType.STRING)
    @Column(name = "shoe_type", length = 10)
    private ShoeType shoeType;

    @Embedded
    @AttributeOverride(name = "kilometres", column = @Column(name = "shoe_km", precision = 9, scale = 3))
    private Distance shoeDistance;

    @Column(name = "heavy_runner")
    private Boolean heavyRunner;

    @Column(name = "sitting_hours", precision = 4, scale = 1)
    private BigDecimal sittingHoursPerDay;

    @Column(name = "cross_training", length = 100)
    private String crossTraining;

    @Column(name = "risk_factors", length = 200)
    private String riskFactors;

    @Column(name = "subjective_notes", length = 2000)
    private String subjectiveNotes;

    // Red-flag screen

    @Column(name = "red_flag_answers", length = 600)
    private String redFlagAnswers;

    // Objective

    @Column(name = "abductor_strength_left")
    private Integer abductorStrengthLeft;

    @Column(name = "abductor_strength_right")
    private Integer abductorStrengthRight;

    @Column(name = "hip_flexion_left")
    private Integer hipFlexionLeft;

    @Column(name = "hip_flexion_right")
    private Integer hipFlexionRight;

    @Column(name = "hip_extension_left")
    private Integer hipExtensionLeft;

    @Column(name = "hip_extension_right")
    private Integer hipExtensionRight;

    @Column(name = "internal_rotation_left")
    private Integer internalRotationLeft;

    @Column(name = "internal_rotation_right")
    private Integer internalRotationRight;

    @Column(name = "external_rotation_left")
    private Integer externalRotationLeft;

    @Column(name = "external_rotation_right")
    private Integer externalRotationRight;

    @Column(name = "trochanteric_tenderness_left")
    private Boolean trochantericTendernessLeft;

    @Column(name = "trochanteric_tenderness_right")
    private Boolean trochantericTendernessRight;

    @Column(name = "trendelenburg_left")
    private Boolean trendelenburgLeft;

    @Column(name = "trendelenburg_right")
    private Boolean trendelenburgRight;

    @Column(name = "thomas_left")
    private Boolean thomasLeft;

    @Column(name = "thomas_right")
    private Boolean thomasRight;

    @Column(name = "ober_left")
    private Boolean oberLeft;

    @Column(name = "ober_right")
    private Boolean oberRight;

    @Column(name = "fadir_left")
    private Boolean fadirLeft;

    @Column(name = "fadir_right")
    private Boolean fadirRight;

    @Column(name = "faber_left")
    private Boolean faberLeft;

    @Column(name = "faber_right")
    private Boolean faberRight;

    @Column(name = "squat_left", length = 10)
    @Enumerated(EnumType.STRING)
    private SquatQuality squatLeft;

    @Column(name = "squat_right", length = 10)
    @Enumerated(EnumType.STRING)
    private SquatQuality squatRight;

    @Column(name = "leg_length_difference_mm")
    private Integer legLengthDifferenceMm;

    @Column(name = "gait_overstriding")
    private Boolean gaitOverstriding;

    @Column(name = "gait_heavy_heel_strike")
    private Boolean gaitHeavyHeelStrike;

    @Column(name = "gait_foot_ahead")
    private Boolean gaitFootAhead;

    @Column(name = "gait_pelvic_drop")
    private Boolean gaitPelvicDrop;

    @Column(name = "gait_trunk_lean")
    private Boolean gaitTrunkLean;

    @Column(name = "cadence")
    private Integer cadence;

    // Assessment

    @Column(name = "hypotheses", length = 300)
    private String hypotheses;

    @Column(name = "clinical_reasoning", length = 4000)
    private String clinicalReasoning;

    protected Intake() {}

    public Intake(long patientId, LocalDate visitDate, String therapist) {
        this(patientId, VisitKind.INTAKE, visitDate, therapist);
    }

    public Intake(long patientId, VisitKind kind, LocalDate visitDate, String therapist) {
        this.patientId = patientId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.visitDate = Objects.requireNonNull(visitDate, "visitDate");
        this.createdBy = Objects.requireNonNull(therapist, "therapist");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.status = IntakeStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public VisitKind kind() {
        return kind;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public IntakeStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public String signedBy() {
        return signedBy;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return status == IntakeStatus.SIGNED;
    }

    public void rescheduleVisit(LocalDate date) {
        requireDraft();
        this.visitDate = Objects.requireNonNull(date, "date");
    }

    public void recordSubjective(Subjective subjective) {
        requireDraft();
        painLocations = Codes.join(subjective.locations());
        onsetTiming = subjective.onsetTiming();
        onsetCourse = subjective.onsetCourse();
        painAtRest = subjective.painAtRest();
        painDuringRun = subjective.painDuringRun();
        painAfterRun = subjective.painAfterRun();
        aggravatingActivities = Codes.join(subjective.aggravating());
        mechanicalSymptoms = Codes.join(subjective.mechanical());
        stiffness = subjective.stiffness();
        morningStiffness = subjective.morningStiffness();
        weeklyDistanceNow = subjective.weeklyDistanceNow();
        weeklyDistanceFourWeeksAgo = subjective.weeklyDistanceFourWeeksAgo();
        trainingChanges = Codes.join(subjective.trainingChanges());
        surfaces = Codes.join(subjective.surfaces());
        shoeType = subjective.shoeType();
        shoeDistance = subjective.shoeDistance();
        heavyRunner = subjective.heavyRunner();
        sittingHoursPerDay = subjective.sittingHoursPerDay();
        crossTraining = Codes.join(subjective.crossTraining());
        riskFactors = Codes.join(subjective.riskFactors());
        subjectiveNotes = subjective.notes();
    }

    public Subjective subjective() {
        return new Subjective(
                Codes.set(PainLocation.class, painLocations),
                onsetTiming,
                onsetCourse,
                painAtRest,
                painDuringRun,
                painAfterRun,
                Codes.set(AggravatingActivity.class, aggravatingActivities),
                Codes.set(MechanicalSymptom.class, mechanicalSymptoms),
                stiffness,
                morningStiffness,
                weeklyDistanceNow,
                weeklyDistanceFourWeeksAgo,
                Codes.set(TrainingChange.class, trainingChanges),
                Codes.set(Surface.class, surfaces),
                shoeType,
                shoeDistance,
                heavyRunner,
                sittingHoursPerDay,
                Codes.set(CrossTraining.class, crossTraining),
                Codes.set(RiskFactor.class, riskFactors),
                subjectiveNotes);
    }

    /**
     * Records the red-flag answers.
     *
     * @return the flags this screen turns to yes: answered no, or not at all, before. Only these are
     *         news for a referral; a yes that was already there has been dealt with or is still open.
     */
    public Set<RedFlag> screenRedFlags(RedFlagScreen screen) {
        requireDraft();
        Set<RedFlag> turnedYes = EnumSet.noneOf(RedFlag.class);
        turnedYes.addAll(Objects.requireNonNull(screen, "screen").present());
        turnedYes.removeAll(redFlagScreen().present());
        redFlagAnswers = screen.encode();
        return turnedYes;
    }

    public RedFlagScreen redFlagScreen() {
        return RedFlagScreen.decode(redFlagAnswers);
    }

    public void recordObjective(Objective objective) {
        requireDraft();
        abductorStrengthLeft = objective.abductorStrength().left();
        abductorStrengthRight = objective.abductorStrength().right();
        hipFlexionLeft = objective.flexion().left();
        hipFlexionRight = objective.flexion().right();
        hipExtensionLeft = objective.extension().left();
        hipExtensionRight = objective.extension().right();
        internalRotationLeft = objective.internalRotation().left();
        internalRotationRight = objective.internalRotation().right();
        externalRotationLeft = objective.externalRotation().left();
        externalRotationRight = objective.externalRotation().right();
        trochantericTendernessLeft = objective.trochantericTenderness().left();
        trochantericTendernessRight = objective.trochantericTenderness().right();
        trendelenburgLeft = objective.trendelenburg().left();
        trendelenburgRight = objective.trendelenburg().right();
        squatLeft = objective.singleLegSquat().left();
        squatRight = objective.singleLegSquat().right();
        thomasLeft = objective.thomas().left();
        thomasRight = objective.thomas().right();
        oberLeft = objective.ober().left();
        oberRight = objective.ober().right();
        fadirLeft = objective.fadir().left();
        fadirRight = objective.fadir().right();
        faberLeft = objective.faber().left();
        faberRight = objective.faber().right();
        legLengthDifferenceMm = objective.legLengthDifferenceMm();
        gaitOverstriding = objective.gait().overstriding();
        gaitHeavyHeelStrike = objective.gait().heavyHeelStrike();
        gaitFootAhead = objective.gait().footAheadOfBody();
        gaitPelvicDrop = objective.gait().pelvicDrop();
        gaitTrunkLean = objective.gait().trunkLean();
        cadence = objective.gait().cadence();
    }

    public Objective objective() {
        return new Objective(
                new Sides<>(abductorStrengthLeft, abductorStrengthRight),
                new Sides<>(hipFlexionLeft, hipFlexionRight),
                new Sides<>(hipExtensionLeft, hipExtensionRight),
                new Sides<>(internalRotationLeft, internalRotationRight),
                new Sides<>(externalRotationLeft, externalRotationRight),
                new Sides<>(trochantericTendernessLeft, trochantericTendernessRight),
                new Sides<>(trendelenburgLeft, trendelenburgRight),
                new Sides<>(squatLeft, squatRight),
                new Sides<>(thomasLeft, thomasRight),
                new Sides<>(oberLeft, oberRight),
                new Sides<>(fadirLeft, fadirRight),
                new Sides<>(faberLeft, faberRight),
                legLengthDifferenceMm,
                new Objective.Gait(
                        gaitOverstriding, gaitHeavyHeelStrike, gaitFootAhead, gaitPelvicDrop, gaitTrunkLean, cadence));
    }

    /**
     * Records the working hypotheses, the primary one first, and the reasoning behind them.
     * The therapist chooses them; suggestions are only ever offered.
     */
    public void assess(List<Condition> workingHypotheses, String reasoning) {
        requireDraft();
        hypotheses = Codes.join(workingHypotheses);
        clinicalReasoning = reasoning;
    }

    public List<Condition> hypotheses() {
        return Codes.list(Condition.class, hypotheses);
    }

    public String clinicalReasoning() {
        return clinicalReasoning;
    }

    /** What the recorded findings point to, for the therapist to weigh. */
    public Set<Condition> suggestedHypotheses() {
        Subjective subjective = subjective();
        Objective objective = objective();
        Findings findings = new Findings(
                subjective.locations(),
                onsetTiming,
                onsetCourse,
                subjective.aggravating(),
                subjective.mechanical(),
                Boolean.TRUE.equals(stiffness) || Boolean.TRUE.equals(morningStiffness),
                subjective.trainingChanges(),
                subjective.ramp().map(TrainingRamp::breaksTenPercentRule).orElse(false),
                subjective
                        .shoeWear()
                        .map(w -> w.status() == ShoeWear.Status.REPLACE)
                        .orElse(false),
                subjective.deskBound(),
                subjective.riskFactors(),
                redFlagScreen().present(),
                objective.signs());
        return HypothesisSuggestions.suggest(findings);
    }

    /** What stands in the way of signing, if anything: the one place the signing rule is written. */
    public Optional<SigningObstacle> signingObstacle() {
        if (status == IntakeStatus.SIGNED) {
            return Optional.of(SigningObstacle.ALREADY_SIGNED);
        }
        if (!redFlagScreen().isComplete()) {
            return Optional.of(SigningObstacle.RED_FLAGS_UNANSWERED);
        }
        return Optional.empty();
    }

    /**
     * Signs the intake: from now on it is read-only. The red-flag screen must be answered in full,
     * since an unanswered question could hide a reason to refer.
     */
    public void sign(String therapist) {
        signingObstacle().ifPresent(obstacle -> {
            throw new IllegalStateException("The intake cannot be signed: " + obstacle);
        });
        status = IntakeStatus.SIGNED;
        signedBy = Objects.requireNonNull(therapist, "therapist");
        signedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Opens a follow-up visit that starts from everything this visit recorded, red-flag answers
     * included: the therapist changes what is different now, and only a flag that turns yes is news.
     */
    public Intake followUp(LocalDate visitDate, String therapist) {
        Intake followUp = new Intake(patientId, VisitKind.FOLLOW_UP, visitDate, therapist);
        followUp.recordSubjective(subjective());
        followUp.redFlagAnswers = redFlagAnswers;
        followUp.recordObjective(objective());
        followUp.assess(hypotheses(), clinicalReasoning);
        return followUp;
    }

    /** A correction or later note to this signed intake. */
    public Addendum addendum(String author, String text) {
        return new Addendum(this, author, text);
    }

    private void requireDraft() {
        if (status == IntakeStatus.SIGNED) {
            throw new IllegalStateException("This intake is signed and read-only; add an addendum instead.");
        }
    }
}
