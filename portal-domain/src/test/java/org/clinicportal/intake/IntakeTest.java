package org.clinicportal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.training.Distance;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private final Intake intake = new Intake(7L, LocalDate.of(2026, 11, 20), "northside-pt");

    @Test
    void aNewIntakeIsADraftWithNothingAnswered() {
        assertEquals(IntakeStatus.DRAFT, intake.status());
        assertEquals(RedFlagScreen.unanswered(), intake.redFlagScreen());
        assertTrue(intake.hypotheses().isEmpty());
    }

    @Test
    void cannotBeSignedWithAnUnansweredRedFlag() {
        intake.screenRedFlags(Screens.allNo().clear(RedFlag.NIGHT_PAIN));

        assertEquals(Optional.of(SigningObstacle.RED_FLAGS_UNANSWERED), intake.signingObstacle());
        assertThrows(IllegalStateException.class, () -> intake.sign("northside-pt"));
    }

    @Test
    void aSignedIntakeIsReadOnlyAndTakesAddenda() {
        assertThrows(IllegalStateException.class, () -> intake.addendum("northside-pt", "too early"));
        intake.screenRedFlags(Screens.allNo());
        assertEquals(Optional.empty(), intake.signingObstacle());
        intake.sign("northside-pt");

        assertEquals(IntakeStatus.SIGNED, intake.status());
        assertEquals(Optional.of(SigningObstacle.ALREADY_SIGNED), intake.signingObstacle());
        assertThrows(IllegalStateException.class, () -> intake.recordSubjective(Subjective.empty()));
        assertThrows(IllegalStateException.class, () -> intake.screenRedFlags(Screens.allNo()));
        assertThrows(IllegalStateException.class, () -> intake.assess(List.of(Condition.LABRAL_TEAR), "late"));
        assertEquals(
                "Pain after running was 5.",
                intake.addendum("northside-pt", " Pain after running was 5. ").text());
    }

    @Test
    void onlyAnswersThatTurnYesAreNewsForAReferral() {
        assertEquals(
                Set.of(RedFlag.NIGHT_PAIN),
                intake.screenRedFlags(Screens.allNo().answer(RedFlag.NIGHT_PAIN, true)));
        assertEquals(
                Set.of(),
                intake.screenRedFlags(Screens.allNo().answer(RedFlag.NIGHT_PAIN, true)),
                "saved again unchanged");
        assertEquals(
                Set.of(RedFlag.CANNOT_BEAR_WEIGHT),
                intake.screenRedFlags(
                        Screens.allNo().answer(RedFlag.NIGHT_PAIN, true).answer(RedFlag.CANNOT_BEAR_WEIGHT, true)));
        intake.screenRedFlags(Screens.allNo());
        assertEquals(
                Set.of(RedFlag.NIGHT_PAIN),
                intake.screenRedFlags(Screens.allNo().answer(RedFlag.NIGHT_PAIN, true)),
                "no, then yes again, is news");
    }

    @Test
    void aFollowUpStartsFromEverythingTheVisitRecorded() {
        intake.recordSubjective(new Subjective(
                Set.of(PainLocation.LATERAL_HIP),
                OnsetTiming.HOURS_AFTER_OR_NEXT_MORNING,
                null,
                1,
                3,
                5,
                Set.of(),
                Set.of(),
                null,
                null,
                Distance.ofMiles("30"),
                Distance.ofMiles("15"),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(RiskFactor.WEAK_GLUTES),
                "Left side"));
        intake.screenRedFlags(Screens.allNo().answer(RedFlag.NIGHT_PAIN, true));
        intake.assess(List.of(Condition.LATERAL_HIP_OVERLOAD), "Outer hip, hours after runs");
        intake.sign("northside-pt");

        Intake followUp = intake.followUp(LocalDate.of(2026, 12, 4), "harbor-pt");

        assertEquals(VisitKind.FOLLOW_UP, followUp.kind());
        assertEquals(IntakeStatus.DRAFT, followUp.status());
        assertEquals(LocalDate.of(2026, 12, 4), followUp.visitDate());
        assertEquals(intake.subjective(), followUp.subjective());
        assertEquals(intake.objective(), followUp.objective());
        assertEquals(intake.redFlagScreen(), followUp.redFlagScreen());
        assertEquals(List.of(Condition.LATERAL_HIP_OVERLOAD), followUp.hypotheses());
        assertEquals(Set.of(), followUp.screenRedFlags(intake.redFlagScreen()), "an unchanged yes is no news");
    }

    @Test
    void hypothesesKeepThePrimaryFirst() {
        intake.assess(
                List.of(Condition.LATERAL_HIP_OVERLOAD, Condition.TROCHANTERIC_BURSITIS),
                "Outer hip, hours after runs");

        assertEquals(List.of(Condition.LATERAL_HIP_OVERLOAD, Condition.TROCHANTERIC_BURSITIS), intake.hypotheses());
    }

    @Test
    void suggestionsReadTheRecordedFindings() {
        intake.recordSubjective(new Subjective(
                Set.of(PainLocation.LATERAL_HIP),
                OnsetTiming.HOURS_AFTER_OR_NEXT_MORNING,
                null,
                null,
                null,
                5,
                Set.of(),
                Set.of(),
                null,
                null,
                Distance.ofMiles("30"),
                Distance.ofMiles("15"),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(RiskFactor.WEAK_GLUTES),
                null));

        Set<Condition> suggested = intake.suggestedHypotheses();
        assertTrue(suggested.contains(Condition.LATERAL_HIP_OVERLOAD));
        assertTrue(suggested.contains(Condition.ILIOTIBIAL_BAND_SYNDROME), "the ramp breaks the 10 % rule");
    }

    @Test
    void painIsScoredZeroToTen() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Subjective(
                        null, null, null, 11, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null));
    }
}
