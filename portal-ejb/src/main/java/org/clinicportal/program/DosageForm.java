package org.clinicportal.program;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;

/** A dosage as a form holds it; the distance is in the unit the user works in. */
public class DosageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(value = 1, message = "{dosage.sets}")
    @Max(value = Dosage.MAX_SETS, message = "{dosage.sets}")
    private Integer sets;

    @Min(value = 1, message = "{dosage.reps}")
    @Max(value = Dosage.MAX_REPS, message = "{dosage.reps}")
    private Integer reps;

    @Min(value = 1, message = "{dosage.hold}")
    @Max(value = Dosage.MAX_HOLD_SECONDS, message = "{dosage.hold}")
    private Integer holdSeconds;

    private boolean perSide;

    @NotNull(message = "{dosage.timesPerWeek}")
    @Min(value = 1, message = "{dosage.timesPerWeek}")
    @Max(value = Dosage.DAYS_PER_WEEK, message = "{dosage.timesPerWeek}")
    private Integer timesPerWeek;

    @Min(value = 1, message = "{dosage.minutes}")
    @Max(value = Dosage.MAX_MINUTES, message = "{dosage.minutes}")
    private Integer minutes;

    @DecimalMin(value = "0", inclusive = false, message = "{dosage.distance}")
    @DecimalMax(value = "60", message = "{dosage.distance}")
    @Digits(integer = 2, fraction = 2, message = "{input.digits}")
    private BigDecimal distance;

    @Min(value = Dosage.MIN_CADENCE, message = "{dosage.cadence}")
    @Max(value = Dosage.MAX_CADENCE, message = "{dosage.cadence}")
    private Integer cadence;

    public static DosageForm of(Dosage dosage, DistanceUnit unit) {
        DosageForm form = new DosageForm();
        form.sets = dosage.sets().orElse(null);
        form.reps = dosage.reps().orElse(null);
        form.holdSeconds = dosage.holdSeconds().orElse(null);
        form.perSide = dosage.perSide();
        form.timesPerWeek = dosage.timesPerWeek();
        form.minutes = dosage.minutes().orElse(null);
        form.distance = dosage.distance().map(value -> value.in(unit)).orElse(null);
        form.cadence = dosage.cadence().orElse(null);
        return form;
    }

    public Dosage toDosage(DistanceUnit unit) {
        return Dosage.timesPerWeek(timesPerWeek)
                .sets(sets)
                .reps(reps)
                .holdSeconds(holdSeconds)
                .perSide(perSide)
                .minutes(minutes)
                .cadence(cadence)
                .distance(distance == null ? null : Distance.of(distance, unit))
                .build();
    }

    @AssertTrue(message = "{dosage.setsOfSomething}")
    public boolean isSetsOfSomething() {
        return sets == null || reps != null || holdSeconds != null;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getReps() {
        return reps;
    }

    public void setReps(Integer reps) {
        this.reps = reps;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    public boolean isPerSide() {
        return perSide;
    }

    public void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    public Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    public void setTimesPerWeek(Integer timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public BigDecimal getDistance() {
        return distance;
    }

    public void setDistance(BigDecimal distance) {
        this.distance = distance;
    }

    public Integer getCadence() {
        return cadence;
    }

    public void setCadence(Integer cadence) {
        this.cadence = cadence;
    }
}
