package org.clinicportal.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.Surface;

/**
 * The intake as the therapist fills it in: every section, any part still open while it is a
 * draft. The form binds to it and the service validates it again before anything is stored.
 * Distances are entered in {@link #getDistanceUnit()} and stored in kilometres.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{intake.visitDate}")
    @PastOrPresent(message = "{intake.visitDate.future}")
    @PlausibleDate
    private LocalDate visitDate;

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

    @NotNull
    private DistanceUnit distanceUnit;

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
    private String subjectiveNotes;

    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    private Integer abductorStrengthLeft;

    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    private Integer abductorStrengthRight;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer flexionLeft;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer flexionRight;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer extensionLeft;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer extensionRight;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer internalRotationLeft;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer internalRotationRight;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer externalRotationLeft;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer externalRotationRight;

    private Boolean trochantericTendernessLeft;

    private Boolean trochantericTendernessRight;

    private Boolean trendelenburgLeft;

    private Boolean trendelenburgRight;

    private Boolean thomasLeft;

    private Boolean thomasRight;

    private Boolean oberLeft;

    private Boolean oberRight;

    private Boolean fadirLeft;

    private Boolean fadirRight;

    private Boolean faberLeft;

    private Boolean faberRight;

    private SquatQuality squatLeft;

    private SquatQuality squatRight;

    @Min(value = 0, message = "{intake.millimetres}")
    @Max(value = 100, message = "{intake.millimetres}")
    private Integer legLengthDifferenceMm;

    private Boolean overstriding;

    private Boolean heavyHeelStrike;

    private Boolean footAheadOfBody;

    private Boolean pelvicDrop;

    private Boolean trunkLean;

    @Min(value = 60, message = "{intake.cadence}")
    @Max(value = 260, message = "{intake.cadence}")
    private Integer cadence;

    private Condition primaryHypothesis;

    private Condition[] otherHypotheses;

    @Size(max = 4000, message = "{input.tooLong}")
    @PlainText
    private String clinicalReasoning;

    /** Red-flag answers by flag name: {@code true} yes, {@code false} no, absent unanswered. */
    private final Map<String, Boolean> redFlags = new HashMap<>();

    public Map<String, Boolean> getRedFlags() {
        return redFlags;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
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

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
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

    public String getSubjectiveNotes() {
        return subjectiveNotes;
    }

    public void setSubjectiveNotes(String subjectiveNotes) {
        this.subjectiveNotes = subjectiveNotes;
    }

    public Integer getAbductorStrengthLeft() {
        return abductorStrengthLeft;
    }

    public void setAbductorStrengthLeft(Integer abductorStrengthLeft) {
        this.abductorStrengthLeft = abductorStrengthLeft;
    }

    public Integer getAbductorStrengthRight() {
        return abductorStrengthRight;
    }

    public void setAbductorStrengthRight(Integer abductorStrengthRight) {
        this.abductorStrengthRight = abductorStrengthRight;
    }

    public Integer getFlexionLeft() {
        return flexionLeft;
    }

    public void setFlexionLeft(Integer flexionLeft) {
        this.flexionLeft = flexionLeft;
    }

    public Integer getFlexionRight() {
        return flexionRight;
    }

    public void setFlexionRight(Integer flexionRight) {
        this.flexionRight = flexionRight;
    }

    public Integer getExtensionLeft() {
        return extensionLeft;
    }

    public void setExtensionLeft(Integer extensionLeft) {
        this.extensionLeft = extensionLeft;
    }

    public Integer getExtensionRight() {
        return extensionRight;
    }

    public void setExtensionRight(Integer extensionRight) {
        this.extensionRight = extensionRight;
    }

    public Integer getInternalRotationLeft() {
        return internalRotationLeft;
    }

    public void setInternalRotationLeft(Integer internalRotationLeft) {
        this.internalRotationLeft = internalRotationLeft;
    }

    public Integer getInternalRotationRight() {
        return internalRotationRight;
    }

    public void setInternalRotationRight(Integer internalRotationRight) {
        this.internalRotationRight = internalRotationRight;
    }

    public Integer getExternalRotationLeft() {
        return externalRotationLeft;
    }

    public void setExternalRotationLeft(Integer externalRotationLeft) {
        this.externalRotationLeft = externalRotationLeft;
    }

    public Integer getExternalRotationRight() {
        return externalRotationRight;
    }

    public void setExternalRotationRight(Integer externalRotationRight) {
        this.externalRotationRight = externalRotationRight;
    }

    public Boolean getTrochantericTendernessLeft() {
        return trochantericTendernessLeft;
    }

    public void setTrochantericTendernessLeft(Boolean trochantericTendernessLeft) {
        this.trochantericTendernessLeft = trochantericTendernessLeft;
    }

    public Boolean getTrochantericTendernessRight() {
        return trochantericTendernessRight;
    }

    public void setTrochantericTendernessRight(Boolean trochantericTendernessRight) {
        this.trochantericTendernessRight = trochantericTendernessRight;
    }

    public Boolean getTrendelenburgLeft() {
        return trendelenburgLeft;
    }

    public void setTrendelenburgLeft(Boolean trendelenburgLeft) {
        this.trendelenburgLeft = trendelenburgLeft;
    }

    public Boolean getTrendelenburgRight() {
        return trendelenburgRight;
    }

    public void setTrendelenburgRight(Boolean trendelenburgRight) {
        this.trendelenburgRight = trendelenburgRight;
    }

    public Boolean getThomasLeft() {
        return thomasLeft;
    }

    public void setThomasLeft(Boolean thomasLeft) {
        this.thomasLeft = thomasLeft;
    }

    public Boolean getThomasRight() {
        return thomasRight;
    }

    public void setThomasRight(Boolean thomasRight) {
        this.thomasRight = thomasRight;
    }

    public Boolean getOberLeft() {
        return oberLeft;
    }

    public void setOberLeft(Boolean oberLeft) {
        this.oberLeft = oberLeft;
    }

    public Boolean getOberRight() {
        return oberRight;
    }

    public void setOberRight(Boolean oberRight) {
        this.oberRight = oberRight;
    }

    public Boolean getFadirLeft() {
        return fadirLeft;
    }

    public void setFadirLeft(Boolean fadirLeft) {
        this.fadirLeft = fadirLeft;
    }

    public Boolean getFadirRight() {
        return fadirRight;
    }

    public void setFadirRight(Boolean fadirRight) {
        this.fadirRight = fadirRight;
    }

    public Boolean getFaberLeft() {
        return faberLeft;
    }

    public void setFaberLeft(Boolean faberLeft) {
        this.faberLeft = faberLeft;
    }

    public Boolean getFaberRight() {
        return faberRight;
    }

    public void setFaberRight(Boolean faberRight) {
        this.faberRight = faberRight;
    }

    public SquatQuality getSquatLeft() {
        return squatLeft;
    }

    public void setSquatLeft(SquatQuality squatLeft) {
        this.squatLeft = squatLeft;
    }

    public SquatQuality getSquatRight() {
        return squatRight;
    }

    public void setSquatRight(SquatQuality squatRight) {
        this.squatRight = squatRight;
    }

    public Integer getLegLengthDifferenceMm() {
        return legLengthDifferenceMm;
    }

    public void setLegLengthDifferenceMm(Integer legLengthDifferenceMm) {
        this.legLengthDifferenceMm = legLengthDifferenceMm;
    }

    public Boolean getOverstriding() {
        return overstriding;
    }

    public void setOverstriding(Boolean overstriding) {
        this.overstriding = overstriding;
    }

    public Boolean getHeavyHeelStrike() {
        return heavyHeelStrike;
    }

    public void setHeavyHeelStrike(Boolean heavyHeelStrike) {
        this.heavyHeelStrike = heavyHeelStrike;
    }

    public Boolean getFootAheadOfBody() {
        return footAheadOfBody;
    }

    public void setFootAheadOfBody(Boolean footAheadOfBody) {
        this.footAheadOfBody = footAheadOfBody;
    }

    public Boolean getPelvicDrop() {
        return pelvicDrop;
    }

    public void setPelvicDrop(Boolean pelvicDrop) {
        this.pelvicDrop = pelvicDrop;
    }

    public Boolean getTrunkLean() {
        return trunkLean;
    }

    public void setTrunkLean(Boolean trunkLean) {
        this.trunkLean = trunkLean;
    }

    public Integer getCadence() {
        return cadence;
    }

    public void setCadence(Integer cadence) {
        this.cadence = cadence;
    }

    public Condition getPrimaryHypothesis() {
        return primaryHypothesis;
    }

    public void setPrimaryHypothesis(Condition primaryHypothesis) {
        this.primaryHypothesis = primaryHypothesis;
    }

    public Condition[] getOtherHypotheses() {
        return otherHypotheses;
    }

    public void setOtherHypotheses(Condition[] otherHypotheses) {
        this.otherHypotheses = otherHypotheses;
    }

    public String getClinicalReasoning() {
        return clinicalReasoning;
    }

    public void setClinicalReasoning(String clinicalReasoning) {
        this.clinicalReasoning = clinicalReasoning;
    }
}
