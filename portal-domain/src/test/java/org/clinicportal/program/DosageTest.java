package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.clinicportal.training.Distance;
import org.junit.jupiter.api.Test;

class DosageTest {

    @Test
    void setsOfRepetitionsPerSide() {
        Dosage clamshell = Dosage.timesPerWeek(3).sets(2).reps(12).perSide(true).build();
        assertEquals(Optional.of(2), clamshell.sets());
        assertEquals(Optional.of(12), clamshell.reps());
        assertTrue(clamshell.perSide());
        assertEquals(3, clamshell.timesPerWeek());
    }

    @Test
    void setsNeedRepetitionsOrHolds() {
        assertEquals(7, Dosage.daily().build().timesPerWeek(), "a daily habit");
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.daily().sets(2).minutes(5).build());
    }

    @Test
    void partsStayInTheirRanges() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.timesPerWeek(0).reps(10).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.timesPerWeek(8).reps(10).build());
        assertThrows(
                IllegalArgumentException.class, () -> Dosage.daily().reps(0).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.daily().sets(11).reps(5).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.daily().minutes(10).cadence(119).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dosage.daily().distance(Distance.ofKilometres("0")).build());
        assertEquals(
                Optional.of(180),
                Dosage.daily().minutes(10).cadence(180).build().cadence());
    }

    @Test
    void aChangedDosageIsANewValue() {
        Dosage bridge = Dosage.timesPerWeek(3).sets(2).reps(15).build();
        Dosage harder = bridge.toBuilder().reps(20).timesPerWeek(2).build();
        assertEquals(Optional.of(15), bridge.reps());
        assertEquals(Optional.of(20), harder.reps());
        assertEquals(2, harder.timesPerWeek());
        assertEquals(bridge, bridge.toBuilder().build());
        assertNotEquals(bridge, harder);
    }
}
