package org.clinicportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A running distance. Stored in kilometres whatever the user entered, shown in the user's unit.
 * Never negative.
 */
@Embeddable
public class Distance implements Comparable<Distance> {

    /** Exactly 1.609344 km to the international mile. */
    static final BigDecimal KILOMETRES_PER_MILE = new BigDecimal("1.609344");

    private static final int STORED_SCALE = 3;

    @Column(name = "km", precision = 9, scale = STORED_SCALE)
    private BigDecimal kilometres;

    protected Distance() {}

    private Distance(BigDecimal kilometres) {
        Objects.requireNonNull(kilometres, "kilometres");
        if (kilometres.signum() < 0) {
            throw new IllegalArgumentException("A distance cannot be negative: " + kilometres + " km");
        }
        this.kilometres = kilometres.setScale(STORED_SCALE, RoundingMode.HALF_UP);
    }

    public static Distance ofKilometres(BigDecimal kilometres) {
        return new Distance(kilometres);
    }

    public static Distance ofKilometres(String kilometres) {
        return new Distance(new BigDecimal(kilometres));
    }

    public static Distance ofMiles(BigDecimal miles) {
        Objects.requireNonNull(miles, "miles");
        return new Distance(miles.multiply(KILOMETRES_PER_MILE));
    }

    public static Distance ofMiles(String miles) {
        return ofMiles(new BigDecimal(miles));
    }

    public static Distance of(BigDecimal amount, DistanceUnit unit) {
        return unit == DistanceUnit.MILES ? ofMiles(amount) : ofKilometres(amount);
    }

    public BigDecimal kilometres() {
        return kilometres;
    }

    public BigDecimal miles() {
        return kilometres.divide(KILOMETRES_PER_MILE, STORED_SCALE, RoundingMode.HALF_UP);
    }

    /** The amount in the given unit, to two decimals: what a form shows and takes back unchanged. */
    public BigDecimal in(DistanceUnit unit) {
        return (unit == DistanceUnit.MILES ? miles() : kilometres).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isZero() {
        return kilometres.signum() == 0;
    }

    @Override
    public int compareTo(Distance other) {
        return kilometres.compareTo(other.kilometres);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Distance that && kilometres.compareTo(that.kilometres) == 0;
    }

    @Override
    public int hashCode() {
        return kilometres.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return kilometres.toPlainString() + " km";
    }
}
