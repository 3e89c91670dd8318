package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.training.Distance;

/**
 * How much of an exercise, how often: sets of repetitions or holds (per side or not), minutes or a
 * distance, an optional cadence target for gait work, and how many days a week. A habit (a pillow
 * between the knees at night) has only the days. Immutable; a changed dosage is a new value.
 */
@Embeddable
public class Dosage {

    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MAX_MINUTES = 180;
    public static final int MIN_CADENCE = 120;
    public static final int MAX_CADENCE = 220;
    public static final int DAYS_PER_WEEK = 7;
    private static final BigDecimal MAX_KM = new BigDecimal("100");

    @Column(name = "sets")
    private Integer sets;

    @Column(name = "reps")
    private Integer reps;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @Column(name = "times_per_week", nullable = false)
    private int timesPerWeek;

    @Column(name = "minutes")
    private Integer minutes;

    @Column(name = "distance_km", precision = 9, scale = 3)
    private BigDecimal distanceKm;

    @Column(name = "cadence")
    private Integer cadence;

    protected Dosage() {}

    private Dosage(Builder builder) {
        this.sets = within(builder.sets, 1, MAX_SETS, "sets");
        this.reps = within(builder.reps, 1, MAX_REPS, "repetitions");
        this.holdSeconds = within(builder.holdSeconds, 1, MAX_HOLD_SECONDS, "seconds held");
        this.minutes = within(builder.minutes, 1, MAX_MINUTES, "minutes");
        this.cadence = within(builder.cadence, MIN_CADENCE, MAX_CADENCE, "steps per minute");
        this.timesPerWeek =
                Objects.requireNonNull(within(builder.timesPerWeek, 1, DAYS_PER_WEEK, "days a week"), "days a week");
        this.perSide = builder.perSide;
        if (builder.distance != null) {
            BigDecimal km = builder.distance.kilometres();
            if (km.signum() <= 0 || km.compareTo(MAX_KM) > 0) {
                throw new IllegalArgumentException(
                        "A distance per session is more than 0 and at most 100 km, not " + builder.distance);
            }
            this.distanceKm = km;
        }
        if (sets != null && reps == null && holdSeconds == null) {
            throw new IllegalArgumentException("Sets need repetitions or seconds held.");
        }
    }

    private static Integer within(Integer value, int min, int max, String what) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException("The " + what + " must be " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    public static Builder timesPerWeek(int timesPerWeek) {
        return new Builder(timesPerWeek);
    }

    public static Builder daily() {
        return new Builder(DAYS_PER_WEEK);
    }

    /** A copy to change, starting from this dosage. */
    public Builder toBuilder() {
        Builder builder = new Builder(timesPerWeek)
                .sets(sets)
                .reps(reps)
                .holdSeconds(holdSeconds)
                .minutes(minutes)
                .cadence(cadence)
                .perSide(perSide);
        return builder.distance(distance().orElse(null));
    }

    public Optional<Integer> sets() {
        return Optional.ofNullable(sets);
    }

    public Optional<Integer> reps() {
        return Optional.ofNullable(reps);
    }

    public Optional<Integer> holdSeconds() {
        return Optional.ofNullable(holdSeconds);
    }

    public boolean perSide() {
        return perSide;
    }

    public int timesPerWeek() {
        return timesPerWeek;
    }

    public boolean isDaily() {
        return timesPerWeek == DAYS_PER_WEEK;
    }

    public Optional<Integer> minutes() {
        return Optional.ofNullable(minutes);
    }

    public Optional<Distance> distance() {
        return Optional.ofNullable(distanceKm).map(Distance::ofKilometres);
    }

    public Optional<Integer> cadence() {
        return Optional.ofNullable(cadence);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dosage that
                && perSide == that.perSide
                && timesPerWeek == that.timesPerWeek
                && Objects.equals(sets, that.sets)
                && Objects.equals(reps, that.reps)
                && Objects.equals(holdSeconds, that.holdSeconds)
                && Objects.equals(minutes, that.minutes)
                && Objects.equals(distance(), that.distance())
                && Objects.equals(cadence, that.cadence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sets, reps, holdSeconds, perSide, timesPerWeek, minutes, distance(), cadence);
    }

    @Override
    public String toString() {
        return (sets == null ? "" : sets + " × ") + (reps == null ? "" : reps + " reps ")
                + (holdSeconds == null ? "" : holdSeconds + " s ") + (perSide ? "per side " : "")
                + (minutes == null ? "" : minutes + " min ")
                + distance().map(d -> d + " ").orElse("")
                + (cadence == null ? "" : cadence + " spm ") + timesPerWeek + "×/week";
    }

    /** Collects the parts of a dosage; {@link #build()} checks them together. */
    public static final class Builder {
        private Integer timesPerWeek;
        private Integer sets;
        private Integer reps;
        private Integer holdSeconds;
        private Integer minutes;
        private Integer cadence;
        private Distance distance;
        private boolean perSide;

        private Builder(Integer timesPerWeek) {
            this.timesPerWeek = timesPerWeek;
        }

        public Builder timesPerWeek(Integer timesPerWeek) {
            this.timesPerWeek = timesPerWeek;
            return this;
        }

        public Builder sets(Integer sets) {
            this.sets = sets;
            return this;
        }

        public Builder reps(Integer reps) {
            this.reps = reps;
            return this;
        }

        public Builder holdSeconds(Integer holdSeconds) {
            this.holdSeconds = holdSeconds;
            return this;
        }

        public Builder minutes(Integer minutes) {
            this.minutes = minutes;
            return this;
        }

        public Builder cadence(Integer cadence) {
            this.cadence = cadence;
            return this;
        }

        public Builder distance(Distance distance) {
            this.distance = distance;
            return this;
        }

        public Builder perSide(boolean perSide) {
            this.perSide = perSide;
            return this;
        }

        public Dosage build() {
            return new Dosage(this);
        }
    }
}
