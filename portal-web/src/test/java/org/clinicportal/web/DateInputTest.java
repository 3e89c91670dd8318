package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.input.PlausibleDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates are read exactly as written, or not at all: nothing is moved to a neighbouring day. */
class DateInputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30",
                "2025-02-29",
                "2026-13-01",
                "2026-04-31",
                "2026-2-3",
                "26-02-03",
                "03/02/2026",
                "2026-02-03T10:00",
                "abc",
                "2026-02-03\u0000"
            })
    void aDateNoCalendarHasIsNotRead(String text) {
        assertEquals(Optional.empty(), DateInput.read(text), text);
    }

    @Test
    void aRealDateIsReadAsWritten() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateInput.read("2024-02-29"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), DateInput.read(" 2026-03-14 "));
    }

    @Test
    void onlyDatesFrom1900To2100AreOnesAClinicCouldMean() {
        assertFalse(
                PlausibleDate.Validator.isPlausible(DateInput.read("0001-01-01").orElseThrow()));
        assertFalse(PlausibleDate.Validator.isPlausible(LocalDate.of(1899, 12, 31)));
        assertTrue(PlausibleDate.Validator.isPlausible(LocalDate.of(1900, 1, 1)));
        assertTrue(PlausibleDate.Validator.isPlausible(LocalDate.of(2100, 12, 31)));
        assertFalse(PlausibleDate.Validator.isPlausible(LocalDate.of(9999, 12, 31)));
    }
}
