package org.clinicportal.progress;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.Surface;

/** A run as the patient reports it; the distance is in the patient's unit. */
public class RunForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Made when the form was opened: sending the same form again stores nothing new. */
    @NotNull
    @Size(min = 36, max = 36)
    @PlainText
    private String submissionId;

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotNull(message = "{run.day}")
    @PastOrPresent(message = "{run.day}")
    @PlausibleDate
    private LocalDate day;

    @NotNull(message = "{run.distance}")
    @DecimalMin(value = "0", inclusive = false, message = "{run.distance}")
    @DecimalMax(value = "120", message = "{run.distance}")
    @Digits(integer = 3, fraction = 2, message = "{input.digits}")
    private BigDecimal distance;

    @NotNull(message = "{run.duration}")
    @Min(value = 1, message = "{run.duration}")
    @Max(value = RunLog.MAX_MINUTES, message = "{run.duration}")
    private Integer durationMinutes;

    @NotNull(message = "{log.painDuring}")
    @Min(value = 0, message = "{log.painDuring}")
    @Max(value = 10, message = "{log.painDuring}")
    private Integer painDuring;

    @NotNull(message = "{log.painAfter}")
    @Min(value = 0, message = "{log.painAfter}")
    @Max(value = 10, message = "{log.painAfter}")
    private Integer painAfter;

    @Min(value = 0, message = "{run.soreness}")
    @Max(value = RunLog.MAX_SORENESS_HOURS, message = "{run.soreness}")
    private Integer sorenessHours;

    private boolean stillSore;

    private Surface surface;

    private Long shoeId;

    @AssertTrue(message = "{run.sorenessOrStillSore}")
    public boolean isSorenessConsistent() {
        return !(stillSore && sorenessHours != null);
    }

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BigDecimal getDistance() {
        return distance;
    }

    public void setDistance(BigDecimal distance) {
        this.distance = distance;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getPainDuring() {
        return painDuring;
    }

    public void setPainDuring(Integer painDuring) {
        this.painDuring = painDuring;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public Integer getSorenessHours() {
        return sorenessHours;
    }

    public void setSorenessHours(Integer sorenessHours) {
        this.sorenessHours = sorenessHours;
    }

    public boolean isStillSore() {
        return stillSore;
    }

    public void setStillSore(boolean stillSore) {
        this.stillSore = stillSore;
    }

    public Surface getSurface() {
        return surface;
    }

    public void setSurface(Surface surface) {
        this.surface = surface;
    }

    public Long getShoeId() {
        return shoeId;
    }

    public void setShoeId(Long shoeId) {
        this.shoeId = shoeId;
    }
}
