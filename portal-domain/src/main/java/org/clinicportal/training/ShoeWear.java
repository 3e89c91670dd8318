package org.clinicportal.training;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a pair of running shoes is due for replacement. Road shoes last about 300–400 miles,
 * trail shoes 200–300; for a runner of 200 lb or more, 250 miles at most.
 */
public final class ShoeWear {

    static final BigDecimal HEAVY_RUNNER_MAX_MILES = new BigDecimal("250");

    /** Where a pair stands against its replacement range. */
    public enum Status {
        /** Below the replacement range. */
        GOOD,
        /** Inside the replacement range: plan a new pair. */
        REPLACE_SOON,
        /** At or past the end of the range. */
        REPLACE
    }

    private final ShoeType type;
    private final Distance distance;
    private final boolean heavyRunner;

    /**
     * @param heavyRunner whether the runner weighs 200 lb (about 91 kg) or more
     */
    public ShoeWear(ShoeType type, Distance distance, boolean heavyRunner) {
        this.type = Objects.requireNonNull(type, "type");
        this.distance = Objects.requireNonNull(distance, "distance");
        this.heavyRunner = heavyRunner;
    }

    /** The distance from which replacement should be planned. */
    public Distance replaceFrom() {
        BigDecimal miles = type == ShoeType.ROAD ? new BigDecimal("300") : new BigDecimal("200");
        return Distance.ofMiles(heavyRunner ? miles.min(HEAVY_RUNNER_MAX_MILES) : miles);
    }

    /** The distance at which the pair is worn out. */
    public Distance replaceAt() {
        BigDecimal miles = type == ShoeType.ROAD ? new BigDecimal("400") : new BigDecimal("300");
        return Distance.ofMiles(heavyRunner ? miles.min(HEAVY_RUNNER_MAX_MILES) : miles);
    }

    public Status status() {
        if (distance.compareTo(replaceAt()) >= 0) {
            return Status.REPLACE;
        }
        return distance.compareTo(replaceFrom()) >= 0 ? Status.REPLACE_SOON : Status.GOOD;
    }
}
