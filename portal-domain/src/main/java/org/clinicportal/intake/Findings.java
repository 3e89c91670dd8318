package org.clinicportal.intake;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an intake recorded, reduced to what the hypothesis rules read. Missing answers are
 * simply absent: an empty set, a {@code null} onset, {@code false} for a sign not found.
 *
 * @param rampTooFast weekly distance grew faster than the 10 % rule allows
 * @param shoesWornOut the current shoes are past their replacement distance
 * @param deskBound the runner sits for long hours (desk job)
 * @param signs what the objective examination found, either side
 */
public record Findings(
        Set<PainLocation> locations,
        OnsetTiming onsetTiming,
        OnsetCourse onsetCourse,
        Set<AggravatingActivity> aggravating,
        Set<MechanicalSymptom> mechanical,
        boolean stiffness,
        Set<TrainingChange> trainingChanges,
        boolean rampTooFast,
        boolean shoesWornOut,
        boolean deskBound,
        Set<RiskFactor> riskFactors,
        Set<RedFlag> redFlags,
        Signs signs) {

    /** Positive objective signs, on either side. */
    public record Signs(
            boolean trochantericTenderness,
            boolean trendelenburg,
            boolean weakAbductors,
            boolean thomasPositive,
            boolean oberPositive,
            boolean fadirPositive,
            boolean faberPositive,
            boolean pelvicDropInGait) {

        public static Signs none() {
            return new Signs(false, false, false, false, false, false, false, false);
        }
    }

    public Findings {
        locations = copy(locations, PainLocation.class);
        aggravating = copy(aggravating, AggravatingActivity.class);
        mechanical = copy(mechanical, MechanicalSymptom.class);
        trainingChanges = copy(trainingChanges, TrainingChange.class);
        riskFactors = copy(riskFactors, RiskFactor.class);
        redFlags = copy(redFlags, RedFlag.class);
        signs = Objects.requireNonNullElse(signs, Signs.none());
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty()
                ? Set.copyOf(EnumSet.noneOf(type))
                : Set.copyOf(EnumSet.copyOf(values));
    }

    boolean hurts(PainLocation location) {
        return locations.contains(location);
    }

    boolean worseWith(AggravatingActivity activity) {
        return aggravating.contains(activity);
    }

    boolean feels(MechanicalSymptom symptom) {
        return mechanical.contains(symptom);
    }
}
