package org.clinicportal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingRampTest {

    @Test
    void twentyFiveMilesMayGrowToTwentySevenAndAHalf() {
        assertEquals(Distance.ofMiles("27.5"), TrainingRamp.nextWeekCap(Distance.ofMiles("25")));
        assertFalse(TrainingRamp.weekOnWeek(Distance.ofMiles("25"), Distance.ofMiles("27.5"))
                .breaksTenPercentRule());
        assertTrue(TrainingRamp.weekOnWeek(Distance.ofMiles("25"), Distance.ofMiles("27.6"))
                .breaksTenPercentRule());
    }

    @Test
    void exactlyTenPercentAWeekOverFourWeeksIsWithinTheRule() {
        TrainingRamp exactly = TrainingRamp.overFourWeeks(Distance.ofKilometres("10"), Distance.ofKilometres("14.641"));

        assertFalse(exactly.breaksTenPercentRule());
        assertEquals(Optional.of(new BigDecimal("46.4")), exactly.changePercent());
    }

    @Test
    void aLittleMoreThanTenPercentAWeekBreaksIt() {
        assertTrue(TrainingRamp.overFourWeeks(Distance.ofKilometres("10"), Distance.ofKilometres("14.642"))
                .breaksTenPercentRule());
    }

    @Test
    void lessRunningIsNoRamp() {
        TrainingRamp less = TrainingRamp.overFourWeeks(Distance.ofMiles("20"), Distance.ofMiles("15"));

        assertFalse(less.breaksTenPercentRule());
        assertEquals(Optional.of(new BigDecimal("-25.0")), less.changePercent());
    }

    @Test
    void startingFromNothingCannotBeJudged() {
        TrainingRamp fromZero = TrainingRamp.overFourWeeks(Distance.ofKilometres("0"), Distance.ofKilometres("20"));

        assertEquals(Optional.empty(), fromZero.changePercent());
        assertFalse(fromZero.breaksTenPercentRule());
    }
}
