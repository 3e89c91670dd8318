package org.clinicportal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DistanceTest {

    @Test
    void milesAreStoredAsKilometres() {
        assertEquals(new BigDecimal("16.093"), Distance.ofMiles("10").kilometres());
        assertEquals(new BigDecimal("10.00"), Distance.ofMiles("10").in(DistanceUnit.MILES));
        assertEquals(new BigDecimal("16.09"), Distance.ofMiles("10").in(DistanceUnit.KILOMETRES));
    }

    @Test
    void theSameDistanceInEitherUnitIsEqual() {
        assertEquals(Distance.ofKilometres("1.609344"), Distance.ofMiles("1"));
    }

    @Test
    void refusesNegativeDistances() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Distance.ofKilometres("-0.1"));
        assertEquals("A distance cannot be negative: -0.1 km", refused.getMessage());
    }
}
