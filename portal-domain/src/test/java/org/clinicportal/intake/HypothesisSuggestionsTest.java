package org.clinicportal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.clinicportal.intake.Findings.Signs;
import org.junit.jupiter.api.Test;

class HypothesisSuggestionsTest {

    /** A findings builder that starts from nothing recorded. */
    private static final class Given {
        private Set<PainLocation> locations = Set.of();
        private OnsetTiming timing;
        private OnsetCourse course;
        private Set<AggravatingActivity> aggravating = Set.of();
        private Set<MechanicalSymptom> mechanical = Set.of();
        private boolean stiffness;
        private Set<TrainingChange> changes = Set.of();
        private boolean rampTooFast;
        private boolean shoesWornOut;
        private boolean deskBound;
        private Set<RiskFactor> riskFactors = Set.of();
        private Set<RedFlag> redFlags = Set.of();
        private Signs signs = Signs.none();

        Given pain(PainLocation... where) {
            locations = Set.of(where);
            return this;
        }

        Given worseWith(AggravatingActivity... activities) {
            aggravating = Set.of(activities);
            return this;
        }

        Findings findings() {
            return new Findings(
                    locations,
                    timing,
                    course,
                    aggravating,
                    mechanical,
                    stiffness,
                    changes,
                    rampTooFast,
                    shoesWornOut,
                    deskBound,
                    riskFactors,
                    redFlags,
                    signs);
        }

        Set<Condition> suggested() {
            return HypothesisSuggestions.suggest(findings());
        }
    }

    private static Signs signs(
            boolean tender,
            boolean trendelenburg,
            boolean weak,
            boolean thomas,
            boolean ober,
            boolean fadir,
            boolean faber,
            boolean pelvicDrop) {
        return new Signs(tender, trendelenburg, weak, thomas, ober, fadir, faber, pelvicDrop);
    }

    @Test
    void nothingRecordedSuggestsNothing() {
        assertTrue(new Given().suggested().isEmpty());
    }

    @Test
    void outerHipWorseLyingOnItSuggestsTrochantericBursitis() {
        assertTrue(new Given()
                .pain(PainLocation.LATERAL_HIP)
                .worseWith(AggravatingActivity.LYING_ON_AFFECTED_SIDE)
                .suggested()
                .contains(Condition.TROCHANTERIC_BURSITIS));
        assertFalse(
                new Given()
                        .pain(PainLocation.GROIN)
                        .worseWith(AggravatingActivity.LYING_ON_AFFECTED_SIDE)
                        .suggested()
                        .contains(Condition.TROCHANTERIC_BURSITIS),
                "the location is part of the pattern");
    }

    @Test
    void frontOfHipInADeskWorkerSuggestsHipFlexorStrain() {
        Given given = new Given().pain(PainLocation.ANTERIOR_HIP);
        given.deskBound = true;
        assertTrue(given.suggested().contains(Condition.HIP_FLEXOR_STRAIN));
    }

    @Test
    void groinPainLiftingTheLegAfterARampSuggestsIliopsoasTendinopathy() {
        Given given = new Given().pain(PainLocation.GROIN).worseWith(AggravatingActivity.LIFTING_THE_LEG);
        assertFalse(
                given.suggested().contains(Condition.ILIOPSOAS_TENDINOPATHY),
                "needs a gradual onset or a load increase");
        given.rampTooFast = true;
        assertTrue(given.suggested().contains(Condition.ILIOPSOAS_TENDINOPATHY));
    }

    @Test
    void groinPainWithPositiveFadirSuggestsImpingement() {
        Given given = new Given().pain(PainLocation.GROIN);
        given.signs = signs(false, false, false, false, false, true, false, false);
        assertTrue(given.suggested().contains(Condition.FEMOROACETABULAR_IMPINGEMENT));
    }

    @Test
    void outerHipAfterDownhillRunningSuggestsItBandSyndrome() {
        Given given = new Given().pain(PainLocation.LATERAL_HIP);
        given.changes = Set.of(TrainingChange.DOWNHILL);
        assertTrue(given.suggested().contains(Condition.ILIOTIBIAL_BAND_SYNDROME));
    }

    @Test
    void stiffnessWithGrindingSuggestsOsteoarthritis() {
        Given given = new Given();
        given.stiffness = true;
        given.mechanical = Set.of(MechanicalSymptom.GRINDING);
        assertEquals(Set.of(Condition.HIP_OSTEOARTHRITIS), given.suggested());
    }

    @Test
    void theRampRedFlagSuggestsAStressFracture() {
        Given given = new Given();
        given.redFlags = Set.of(RedFlag.BONE_DEEP_PAIN_AFTER_RAMP);
        assertEquals(Set.of(Condition.STRESS_FRACTURE), given.suggested());
    }

    @Test
    void lowBoneDensityAndARampWithGroinPainSuggestAStressFracture() {
        Given given = new Given().pain(PainLocation.GROIN);
        given.rampTooFast = true;
        given.riskFactors = Set.of(RiskFactor.LOW_BONE_DENSITY);
        assertTrue(given.suggested().contains(Condition.STRESS_FRACTURE));
    }

    @Test
    void catchingWithGroinPainSuggestsALabralTear() {
        Given given = new Given().pain(PainLocation.GROIN);
        given.mechanical = Set.of(MechanicalSymptom.CATCHING);
        assertTrue(given.suggested().contains(Condition.LABRAL_TEAR));
    }

    @Test
    void suddenButtockPainSuggestsAMuscleStrain() {
        Given given = new Given().pain(PainLocation.BUTTOCK);
        given.course = OnsetCourse.SUDDEN;
        assertEquals(Set.of(Condition.MUSCLE_STRAIN), given.suggested());
    }

    @Test
    void outerHipAcheHoursAfterWithPelvicDropSuggestsLateralHipOverload() {
        Given given = new Given().pain(PainLocation.LATERAL_HIP);
        given.timing = OnsetTiming.HOURS_AFTER_OR_NEXT_MORNING;
        assertFalse(given.suggested().contains(Condition.LATERAL_HIP_OVERLOAD), "needs a sign of weak side glutes");
        given.signs = signs(false, true, false, false, false, false, false, false);
        assertTrue(given.suggested().contains(Condition.LATERAL_HIP_OVERLOAD));
    }
}
