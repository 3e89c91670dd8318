package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.junit.jupiter.api.Test;

/** The dosage wording patients read on their pages and in the handout. */
class ProgramTextTest {

    private final ProgramText miles = ProgramText.of(Locale.ENGLISH, DistanceUnit.MILES);
    private final ProgramText kilometres = ProgramText.of(Locale.ENGLISH, DistanceUnit.KILOMETRES);

    @Test
    void setsOfRepetitions() {
        assertEquals(
                "2 × 15 reps · 3 days a week",
                miles.dosage(Dosage.timesPerWeek(3).sets(2).reps(15).build()));
        assertEquals(
                "2 × 12 reps · per side · 3 days a week",
                miles.dosage(
                        Dosage.timesPerWeek(3).sets(2).reps(12).perSide(true).build()));
        assertEquals(
                "15 reps · per side · once a week",
                miles.dosage(Dosage.timesPerWeek(1).reps(15).perSide(true).build()));
    }

    @Test
    void holdsMinutesAndEveryDay() {
        assertEquals(
                "3 × 20 s hold · per side · 3 days a week",
                miles.dosage(Dosage.timesPerWeek(3)
                        .sets(3)
                        .holdSeconds(20)
                        .perSide(true)
                        .build()));
        assertEquals(
                "2 × 10 reps · hold 5 s · 3 days a week",
                miles.dosage(
                        Dosage.timesPerWeek(3).sets(2).reps(10).holdSeconds(5).build()));
        assertEquals(
                "10 min · every day", miles.dosage(Dosage.daily().minutes(10).build()));
        assertEquals("every day", miles.dosage(Dosage.daily().build()));
        assertEquals(
                "5 min · cadence 166 steps/min · 3 days a week",
                miles.dosage(Dosage.timesPerWeek(3).minutes(5).cadence(166).build()));
    }

    @Test
    void distancesInTheReadersUnit() {
        Distance oneAndAHalfMiles = Distance.ofMiles("1.5");
        assertEquals("1.5 mi", miles.distance(oneAndAHalfMiles));
        assertEquals("2.41 km", kilometres.distance(oneAndAHalfMiles));
        assertEquals(
                "3.2 km · 4 days a week",
                kilometres.dosage(Dosage.timesPerWeek(4)
                        .distance(Distance.ofKilometres("3.2"))
                        .build()));
    }

    @Test
    void phases() {
        assertEquals("Whole program", miles.phase(Phase.wholeProgram()));
        assertEquals("From week 3", miles.phase(Phase.fromWeek(3)));
        assertEquals("Weeks 1–2", miles.phase(Phase.weeks(1, 2)));
        assertEquals("Week 1", miles.phase(Phase.weeks(1, 1)));
    }
}
