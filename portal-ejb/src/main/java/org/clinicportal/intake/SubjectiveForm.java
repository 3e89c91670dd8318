package org.clinicportal.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.Surface;

/**
 * The subjective findings as the therapist fills them in, with their constraints and their one conversion to and
 * from the intake's {@link Subjective}. Distances are entered in the form's unit and stored in kilometres.
 */
public class SubjectiveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PainLocation[] painLocations;

    private OnsetTiming onsetTiming;

    private OnsetCourse onsetCourse;

    @Min(value = 0, message = "{intake.pain}")
    @Max(value = 10, message = "{intake.pain}")
    private Integer painAtRest;

    @Min(value = 0, message = "{intake.pain}")
    @Max(value = 10, message = "{intake.pain}")
    private Integer painDuringRun;

    @Min(value = 0, message = "{intake.pain}")
    @Max(value = 10, message = "{intake.pain}")
    private Integer painAfterRun;

    private AggravatingActivity[] aggravating;

    private MechanicalSymptom[] mechanical;

    private Boolean stiffness;

    private Boolean morningStiffness;

    @PositiveOrZero(message = "{intake.distance}")
    @Digits(integer = 5, fraction = 2, message = "{input.digits}")
    private BigDecimal weeklyDistanceNow;

    @PositiveOrZero(message = "{intake.distance}")
    @Digits(integer = 5, fraction = 2, message = "{input.digits}")
    private BigDecimal weeklyDistanceFourWeeksAgo;

    private TrainingChange[] trainingChanges;

    private Surface[] surfaces;

    private ShoeType shoeType;

    @PositiveOrZero(message = "{intake.distance}")
    @Digits(integer = 5, fraction = 2, message = "{input.digits}")
    private BigDecimal shoeDistance;

    private Boolean heavyRunner;

    @DecimalMin(value = "0", message = "{intake.hours}")
    @DecimalMax(value = "24", message = "{intake.hours}")
    @Digits(integer = 2, fraction = 1, message = "{input.digits}")
    private BigDecimal sittingHours;

    private CrossTraining[] crossTraining;

    private RiskFactor[] riskFactors;

    @Size(max = 2000, message = "{input.tooLong}")
    @PlainText
    private String notes;

    static SubjectiveForm of(Subjective s, DistanceUnit unit) {
        SubjectiveForm form = new SubjectiveForm();
        form.painLocations = s.locations().toArray(PainLocation[]::new);
        form.onsetTiming = s.onsetTiming();
        form.onsetCourse = s.onsetCourse();
        form.painAtRest = s.painAtRest();
        form.painDuringRun = s.painDuringRun();
        form.painAfterRun = s.painAfterRun();
        form.aggravating = s.aggravating().toArray(AggravatingActivity[]::new);
        form.mechanical = s.mechanical().toArray(MechanicalSymptom[]::new);
        form.stiffness = s.stiffness();
        form.morningStiffness = s.morningStiffness();
        form.weeklyDistanceNow = amount(s.weeklyDistanceNow(), unit);
        form.weeklyDistanceFourWeeksAgo = amount(s.weeklyDistanceFourWeeksAgo(), unit);
        form.trainingChanges = s.trainingChanges().toArray(TrainingChange[]::new);
        form.surfaces = s.surfaces().toArray(Surface[]::new);
        form.shoeType = s.shoeType();
        form.shoeDistance = amount(s.shoeDistance(), unit);
        form.heavyRunner = s.heavyRunner();
        form.sittingHours = s.sittingHoursPerDay();
        form.crossTraining = s.crossTraining().toArray(CrossTraining[]::new);
        form.riskFactors = s.riskFactors().toArray(RiskFactor[]::new);
        form.notes = s.notes();
        return form;
    }

    Subjective toSubjective(DistanceUnit unit) {
        return new Subjective(
                set(PainLocation.class, painLocations),
                onsetTiming,
                onsetCourse,
                painAtRest,
                painDuringRun,
                painAfterRun,
                set(AggravatingActivity.class, aggravating),
                set(MechanicalSymptom.class, mechanical),
                stiffness,
                morningStiffness,
                distance(weeklyDistanceNow, unit),
                distance(weeklyDistanceFourWeeksAgo, unit),
                set(TrainingChange.class, trainingChanges),
                set(Surface.class, surfaces),
                shoeType,
                distance(shoeDistance, unit),
                heavyRunner,
                sittingHours,
                set(CrossTraining.class, crossTraining),
                set(RiskFactor.class, riskFactors),
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, E[] values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(Arrays.asList(values));
        }
        return set;
    }

    private static Distance distance(BigDecimal amount, DistanceUnit unit) {
        return amount == null ? null : Distance.of(amount, unit);
    }

    private static BigDecimal amount(Distance distance, DistanceUnit unit) {
        return distance == null ? null : distance.in(unit);
    }

    public PainLocation[] getPainLocations() {
        return painLocations;
    }

    public void setPainLocations(PainLocation[] painLocations) {
        this.painLocations = painLocations;
    }

    public OnsetTiming getOnsetTiming() {
        return onsetTiming;
    }

    public void setOnsetTiming(OnsetTiming onsetTiming) {
        this.onsetTiming = onsetTiming;
    }

    public OnsetCourse getOnsetCourse() {
        return onsetCourse;
    }

    public void setOnsetCourse(OnsetCourse onsetCourse) {
        this.onsetCourse = onsetCourse;
    }

    public Integer getPainAtRest() {
        return painAtRest;
    }

    public void setPainAtRest(Integer painAtRest) {
        this.painAtRest = painAtRest;
    }

    public Integer getPainDuringRun() {
        return painDuringRun;
    }

    public void setPainDuringRun(Integer painDuringRun) {
        this.painDuringRun = painDuringRun;
    }

    public Integer getPainAfterRun() {
        return painAfterRun;
    }

    public void setPainAfterRun(Integer painAfterRun) {
        this.painAfterRun = painAfterRun;
    }

    public AggravatingActivity[] getAggravating() {
        return aggravating;
    }

    public void setAggravating(AggravatingActivity[] aggravating) {
        this.aggravating = aggravating;
    }

    public MechanicalSymptom[] getMechanical() {
        return mechanical;
    }

    public void setMechanical(MechanicalSymptom[] mechanical) {
        this.mechanical = mechanical;
    }

    public Boolean getStiffness() {
        return stiffness;
    }

    public void setStiffness(Boolean stiffness) {
        this.stiffness = stiffness;
    }

    public Boolean getMorningStiffness() {
        return morningStiffness;
    }

    public void setMorningStiffness(Boolean morningStiffness) {
        this.morningStiffness = morningStiffness;
    }

    public BigDecimal getWeeklyDistanceNow() {
        return weeklyDistanceNow;
    }

    public void setWeeklyDistanceNow(BigDecimal weeklyDistanceNow) {
        this.weeklyDistanceNow = weeklyDistanceNow;
    }

    public BigDecimal getWeeklyDistanceFourWeeksAgo() {
        return weeklyDistanceFourWeeksAgo;
    }

    public void setWeeklyDistanceFourWeeksAgo(BigDecimal weeklyDistanceFourWeeksAgo) {
        this.weeklyDistanceFourWeeksAgo = weeklyDistanceFourWeeksAgo;
    }

    public TrainingChange[] getTrainingChanges() {
        return trainingChanges;
    }

    public void setTrainingChanges(TrainingChange[] trainingChanges) {
        this.trainingChanges = trainingChanges;
    }

    public Surface[] getSurfaces() {
        return surfaces;
    }

    public void setSurfaces(Surface[] surfaces) {
        this.surfaces = surfaces;
    }

    public ShoeType getShoeType() {
        return shoeType;
    }

    public void setShoeType(ShoeType shoeType) {
        this.shoeType = shoeType;
    }

    public BigDecimal getShoeDistance() {
        return shoeDistance;
    }

    public void setShoeDistance(BigDecimal shoeDistance) {
        this.shoeDistance = shoeDistance;
    }

    public Boolean getHeavyRunner() {
        return heavyRunner;
    }

    public void setHeavyRunner(Boolean heavyRunner) {
        this.heavyRunner = heavyRunner;
    }

    public BigDecimal getSittingHours() {
        return sittingHours;
    }

    public void setSittingHours(BigDecimal sittingHours) {
        this.sittingHours = sittingHours;
    }

    public CrossTraining[] getCrossTraining() {
        return crossTraining;
    }

    public void setCrossTraining(CrossTraining[] crossTraining) {
        this.crossTraining = crossTraining;
    }

    public RiskFactor[] getRiskFactors() {
        return riskFactors;
    }

    public void setRiskFactors(RiskFactor[] riskFactors) {
        this.riskFactors = riskFactors;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
