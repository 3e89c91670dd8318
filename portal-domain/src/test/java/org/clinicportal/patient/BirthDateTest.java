package org.clinicportal.patient;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void acceptsAdultRunners() {
        assertTrue(BirthDate.isPlausible(LocalDate.of(1988, 4, 2), TODAY));
    }

    @Test
    void theYoungestAndOldestAgesAreIncluded() {
        assertTrue(BirthDate.isPlausible(TODAY.minusYears(5), TODAY));
        assertFalse(BirthDate.isPlausible(TODAY.minusYears(5).plusDays(1), TODAY));
        assertTrue(BirthDate.isPlausible(TODAY.minusYears(121).plusDays(1), TODAY));
        assertFalse(BirthDate.isPlausible(TODAY.minusYears(121), TODAY));
    }

    @Test
    void refusesThreeAndOneHundredThirtyYearOlds() {
        assertFalse(BirthDate.isPlausible(TODAY.minusYears(3), TODAY));
        assertFalse(BirthDate.isPlausible(TODAY.minusYears(130), TODAY));
    }

    @Test
    void refusesFutureAndMissingDates() {
        assertFalse(BirthDate.isPlausible(TODAY.plusDays(1), TODAY));
        assertFalse(BirthDate.isPlausible(null, TODAY));
    }
}
