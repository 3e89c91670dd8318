package org.clinicportal.intake;

import static org.clinicportal.intake.AggravatingActivity.LIFTING_THE_LEG;
import static org.clinicportal.intake.AggravatingActivity.LYING_ON_AFFECTED_SIDE;
import static org.clinicportal.intake.AggravatingActivity.RISING_FROM_LOW_SEAT;
import static org.clinicportal.intake.AggravatingActivity.STAIRS;
import static org.clinicportal.intake.MechanicalSymptom.CATCHING;
import static org.clinicportal.intake.MechanicalSymptom.CLICKING;
import static org.clinicportal.intake.MechanicalSymptom.GRINDING;
import static org.clinicportal.intake.MechanicalSymptom.INSTABILITY;
import static org.clinicportal.intake.MechanicalSymptom.LOCKING;
import static org.clinicportal.intake.PainLocation.ANTERIOR_HIP;
import static org.clinicportal.intake.PainLocation.BUTTOCK;
import static org.clinicportal.intake.PainLocation.GROIN;
import static org.clinicportal.intake.PainLocation.LATERAL_HIP;
import static org.clinicportal.intake.PainLocation.RADIATING_TO_KNEE;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which working hypotheses the recorded findings point to, following each condition's pattern in
 * the source articles. These are suggestions for the therapist to weigh, never a diagnosis: the
 * portal does not choose a hypothesis on its own.
 */
public final class HypothesisSuggestions {

    private HypothesisSuggestions() {}

    public static Set<Condition> suggest(Findings findings) {
        EnumSet<Condition> suggested = EnumSet.noneOf(Condition.class);
        for (Condition condition : Condition.values()) {
            if (pattern(condition).test(findings)) {
                suggested.add(condition);
            }
        }
        return suggested;
    }

    private static Predicate<Findings> pattern(Condition condition) {
        return switch (condition) {
            // Outer hip, worse on stairs, rising from a low seat or lying on that side; tender over the bone.
            case TROCHANTERIC_BURSITIS ->
                f -> f.hurts(LATERAL_HIP)
                        && (f.signs().trochantericTenderness()
                                || f.worseWith(LYING_ON_AFFECTED_SIDE)
                                || f.worseWith(RISING_FROM_LOW_SEAT)
                                || f.worseWith(STAIRS));
            // Front of the hip after hard workouts, or in runners who sit all day.
            case HIP_FLEXOR_STRAIN ->
                f -> f.hurts(ANTERIOR_HIP)
                        && (f.deskBound()
                                || f.signs().thomasPositive()
                                || f.trainingChanges().contains(TrainingChange.SPEED_WORK)
                                || f.trainingChanges().contains(TrainingChange.HILLS));
            // Front of hip or groin when lifting the leg, on stairs or out of a car; gradual, after more speed or
            // distance.
            case ILIOPSOAS_TENDINOPATHY ->
                f -> (f.hurts(ANTERIOR_HIP) || f.hurts(GROIN))
                        && (f.worseWith(LIFTING_THE_LEG) || f.worseWith(STAIRS) || f.worseWith(RISING_FROM_LOW_SEAT))
                        && (f.onsetCourse() == OnsetCourse.GRADUAL
                                || f.rampTooFast()
                                || f.trainingChanges().contains(TrainingChange.SPEED_WORK));
            // Groin pain during and after runs, built up over weeks; impingement test positive.
            case FEMOROACETABULAR_IMPINGEMENT ->
                f -> f.hurts(GROIN)
                        && (f.signs().fadirPositive()
                                || (f.onsetCourse() == OnsetCourse.GRADUAL
                                        && f.onsetTiming() == OnsetTiming.DURING_RUN));
            // Outer hip or knee, tight band; after mileage jumps, worn shoes or downhill running.
            case ILIOTIBIAL_BAND_SYNDROME ->
                f -> (f.hurts(LATERAL_HIP) || f.hurts(RADIATING_TO_KNEE))
                        && (f.signs().oberPositive()
                                || f.rampTooFast()
                                || f.shoesWornOut()
                                || f.trainingChanges().contains(TrainingChange.DOWNHILL));
            // Gradual stiffness, grinding in the joint.
            case HIP_OSTEOARTHRITIS -> f -> f.stiffness() && f.feels(GRINDING);
            // Deep pain after a ramp-up, worse with load; a red flag in its own right.
            case STRESS_FRACTURE ->
                f -> f.redFlags().contains(RedFlag.BONE_DEEP_PAIN_AFTER_RAMP)
                        || f.redFlags().contains(RedFlag.DEEP_GROIN_PAIN_WORSENING)
                        || ((f.hurts(GROIN) || f.hurts(ANTERIOR_HIP))
                                && f.rampTooFast()
                                && f.riskFactors().contains(RiskFactor.LOW_BONE_DENSITY));
            // Catching, locking, clicking or giving way, with a positive labral test or groin pain.
            case LABRAL_TEAR ->
                f -> (f.feels(CATCHING) || f.feels(LOCKING) || f.feels(CLICKING) || f.feels(INSTABILITY))
                        && (f.signs().fadirPositive() || f.signs().faberPositive() || f.hurts(GROIN));
            // Sudden pain where the muscle is: the buttock for the gluteals.
            case MUSCLE_STRAIN -> f -> f.hurts(BUTTOCK) && f.onsetCourse() == OnsetCourse.SUDDEN;
            // Outer-hip ache hours after running, the pelvis dropping on each landing.
            case LATERAL_HIP_OVERLOAD ->
                f -> f.hurts(LATERAL_HIP)
                        && f.onsetTiming() == OnsetTiming.HOURS_AFTER_OR_NEXT_MORNING
                        && (f.signs().trendelenburg()
                                || f.signs().pelvicDropInGait()
                                || f.signs().weakAbductors()
                                || f.riskFactors().contains(RiskFactor.WEAK_GLUTES));
        };
    }
}
