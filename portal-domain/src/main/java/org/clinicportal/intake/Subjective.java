package org.clinicportal.intake;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.ShoeWear;
import org.clinicportal.training.Surface;
import org.clinicportal.training.TrainingRamp;

/**
 * What the runner reports. Every part is optional while the intake is a draft; pain scores are
 * 0–10, distances are never negative (checked where they are entered and again by the database).
 *
 * @param weeklyDistanceNow           distance run this week
 * @param weeklyDistanceFourWeeksAgo  distance run in the week four weeks ago
 * @param shoeDistance                distance on the current shoes
 * @param heavyRunner                 the runner weighs 200 lb (about 91 kg) or more
 * @param sittingHoursPerDay          hours sitting on a working day
 */
public record Subjective(
        Set<PainLocation> locations,
        OnsetTiming onsetTiming,
        OnsetCourse onsetCourse,
        Integer painAtRest,
        Integer painDuringRun,
        Integer painAfterRun,
        Set<AggravatingActivity> aggravating,
        Set<MechanicalSymptom> mechanical,
        Boolean stiffness,
        Boolean morningStiffness,
        Distance weeklyDistanceNow,
        Distance weeklyDistanceFourWeeksAgo,
        Set<TrainingChange> trainingChanges,
        Set<Surface> surfaces,
        ShoeType shoeType,
        Distance shoeDistance,
        Boolean heavyRunner,
        BigDecimal sittingHoursPerDay,
        Set<CrossTraining> crossTraining,
        Set<RiskFactor> riskFactors,
        String notes) {

    /** Six hours or more of sitting a day counts as desk-bound. */
    static final BigDecimal DESK_BOUND_HOURS = BigDecimal.valueOf(6);

    public Subjective {
        locations = Set.copyOf(locations == null ? Set.of() : locations);
        aggravating = Set.copyOf(aggravating == null ? Set.of() : aggravating);
        mechanical = Set.copyOf(mechanical == null ? Set.of() : mechanical);
        trainingChanges = Set.copyOf(trainingChanges == null ? Set.of() : trainingChanges);
        surfaces = Set.copyOf(surfaces == null ? Set.of() : surfaces);
        crossTraining = Set.copyOf(crossTraining == null ? Set.of() : crossTraining);
        riskFactors = Set.copyOf(riskFactors == null ? Set.of() : riskFactors);
        for (Integer pain : new Integer[] {painAtRest, painDuringRun, painAfterRun}) {
            if (pain != null && (pain < 0 || pain > 10)) {
                throw new IllegalArgumentException("Pain is scored 0 to 10, not " + pain);
            }
        }
    }

    public static Subjective empty() {
        return new Subjective(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The ramp from four weeks ago to now, when both distances are known. */
    public Optional<TrainingRamp> ramp() {
        return weeklyDistanceNow == null || weeklyDistanceFourWeeksAgo == null
                ? Optional.empty()
                : Optional.of(TrainingRamp.overFourWeeks(weeklyDistanceFourWeeksAgo, weeklyDistanceNow));
    }

    /** The wear of the current shoes, when their type and distance are known. */
    public Optional<ShoeWear> shoeWear() {
        return shoeType == null || shoeDistance == null
                ? Optional.empty()
                : Optional.of(new ShoeWear(shoeType, shoeDistance, Boolean.TRUE.equals(heavyRunner)));
    }

    boolean deskBound() {
        return sittingHoursPerDay != null && sittingHoursPerDay.compareTo(DESK_BOUND_HOURS) >= 0;
    }
}
