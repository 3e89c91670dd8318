package org.clinicportal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void dueSoManyWeeksAfterTheLastTaking() {
        assertEquals(
                Optional.of(LocalDate.of(2026, 11, 29)),
                OutcomeSchedule.nextDue(Optional.of(2), Optional.of(TODAY.minusWeeks(1)), TODAY));
    }

    @Test
    void neverTakenIsDueNowAndNoScheduleIsNeverDue() {
        assertEquals(Optional.of(TODAY), OutcomeSchedule.nextDue(Optional.of(3), Optional.empty(), TODAY));
        assertEquals(Optional.empty(), OutcomeSchedule.nextDue(Optional.empty(), Optional.of(TODAY), TODAY));
    }
}
