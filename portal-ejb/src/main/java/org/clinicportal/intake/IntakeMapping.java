package org.clinicportal.intake;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.Surface;

/** Between the form the therapist fills in and the intake's sections. */
final class IntakeMapping {

    private IntakeMapping() {}

    static Subjective subjective(IntakeForm form) {
        DistanceUnit unit = form.getDistanceUnit();
        return new Subjective(
                set(PainLocation.class, form.getPainLocations()),
                form.getOnsetTiming(),
                form.getOnsetCourse(),
                form.getPainAtRest(),
                form.getPainDuringRun(),
                form.getPainAfterRun(),
                set(AggravatingActivity.class, form.getAggravating()),
                set(MechanicalSymptom.class, form.getMechanical()),
                form.getStiffness(),
                form.getMorningStiffness(),
                distance(form.getWeeklyDistanceNow(), unit),
                distance(form.getWeeklyDistanceFourWeeksAgo(), unit),
                set(TrainingChange.class, form.getTrainingChanges()),
                set(Surface.class, form.getSurfaces()),
                form.getShoeType(),
                distance(form.getShoeDistance(), unit),
                form.getHeavyRunner(),
                form.getSittingHours(),
                set(CrossTraining.class, form.getCrossTraining()),
                set(RiskFactor.class, form.getRiskFactors()),
                blankToNull(form.getSubjectiveNotes()));
    }

    static RedFlagScreen redFlags(IntakeForm form) {
        RedFlagScreen screen = RedFlagScreen.unanswered();
        for (RedFlag flag : RedFlag.values()) {
            Boolean answer = form.getRedFlags().get(flag.name());
            if (answer != null) {
                screen = screen.answer(flag, answer);
            }
        }
        return screen;
    }

    static Objective objective(IntakeForm form) {
        return new Objective(
                new Sides<>(form.getAbductorStrengthLeft(), form.getAbductorStrengthRight()),
                new Sides<>(form.getFlexionLeft(), form.getFlexionRight()),
                new Sides<>(form.getExtensionLeft(), form.getExtensionRight()),
                new Sides<>(form.getInternalRotationLeft(), form.getInternalRotationRight()),
                new Sides<>(form.getExternalRotationLeft(), form.getExternalRotationRight()),
                new Sides<>(form.getTrochantericTendernessLeft(), form.getTrochantericTendernessRight()),
                new Sides<>(form.getTrendelenburgLeft(), form.getTrendelenburgRight()),
                new Sides<>(form.getSquatLeft(), form.getSquatRight()),
                new Sides<>(form.getThomasLeft(), form.getThomasRight()),
                new Sides<>(form.getOberLeft(), form.getOberRight()),
                new Sides<>(form.getFadirLeft(), form.getFadirRight()),
                new Sides<>(form.getFaberLeft(), form.getFaberRight()),
                form.getLegLengthDifferenceMm(),
                new Objective.Gait(
                        form.getOverstriding(),
                        form.getHeavyHeelStrike(),
                        form.getFootAheadOfBody(),
                        form.getPelvicDrop(),
                        form.getTrunkLean(),
                        form.getCadence()));
    }

    /** The primary hypothesis first, then the others in the order chosen, without repeats. */
    static List<Condition> hypotheses(IntakeForm form) {
        LinkedHashSet<Condition> ordered = new LinkedHashSet<>();
        if (form.getPrimaryHypothesis() != null) {
            ordered.add(form.getPrimaryHypothesis());
        }
        if (form.getOtherHypotheses() != null) {
            ordered.addAll(Arrays.asList(form.getOtherHypotheses()));
        }
        return List.copyOf(ordered);
    }

    static IntakeForm form(Intake intake, DistanceUnit unit) {
        IntakeForm form = new IntakeForm();
        form.setVisitDate(intake.visitDate());
        form.setDistanceUnit(unit);
        Subjective s = intake.subjective();
        form.setPainLocations(s.locations().toArray(PainLocation[]::new));
        form.setOnsetTiming(s.onsetTiming());
        form.setOnsetCourse(s.onsetCourse());
        form.setPainAtRest(s.painAtRest());
        form.setPainDuringRun(s.painDuringRun());
        form.setPainAfterRun(s.painAfterRun());
        form.setAggravating(s.aggravating().toArray(AggravatingActivity[]::new));
        form.setMechanical(s.mechanical().toArray(MechanicalSymptom[]::new));
        form.setStiffness(s.stiffness());
        form.setMorningStiffness(s.morningStiffness());
        form.setWeeklyDistanceNow(amount(s.weeklyDistanceNow(), unit));
        form.setWeeklyDistanceFourWeeksAgo(amount(s.weeklyDistanceFourWeeksAgo(), unit));
        form.setTrainingChanges(s.trainingChanges().toArray(TrainingChange[]::new));
        form.setSurfaces(s.surfaces().toArray(Surface[]::new));
        form.setShoeType(s.shoeType());
        form.setShoeDistance(amount(s.shoeDistance(), unit));
        form.setHeavyRunner(s.heavyRunner());
        form.setSittingHours(s.sittingHoursPerDay());
        form.setCrossTraining(s.crossTraining().toArray(CrossTraining[]::new));
        form.setRiskFactors(s.riskFactors().toArray(RiskFactor[]::new));
        form.setSubjectiveNotes(s.notes());

        RedFlagScreen screen = intake.redFlagScreen();
        for (RedFlag flag : RedFlag.values()) {
            screen.answerTo(flag).ifPresent(answer -> form.getRedFlags().put(flag.name(), answer));
        }

        Objective o = intake.objective();
        form.setAbductorStrengthLeft(o.abductorStrength().left());
        form.setAbductorStrengthRight(o.abductorStrength().right());
        form.setFlexionLeft(o.flexion().left());
        form.setFlexionRight(o.flexion().right());
        form.setExtensionLeft(o.extension().left());
        form.setExtensionRight(o.extension().right());
        form.setInternalRotationLeft(o.internalRotation().left());
        form.setInternalRotationRight(o.internalRotation().right());
        form.setExternalRotationLeft(o.externalRotation().left());
        form.setExternalRotationRight(o.externalRotation().right());
        form.setTrochantericTendernessLeft(o.trochantericTenderness().left());
        form.setTrochantericTendernessRight(o.trochantericTenderness().right());
        form.setTrendelenburgLeft(o.trendelenburg().left());
        form.setTrendelenburgRight(o.trendelenburg().right());
        form.setSquatLeft(o.singleLegSquat().left());
        form.setSquatRight(o.singleLegSquat().right());
        form.setThomasLeft(o.thomas().left());
        form.setThomasRight(o.thomas().right());
        form.setOberLeft(o.ober().left());
        form.setOberRight(o.ober().right());
        form.setFadirLeft(o.fadir().left());
        form.setFadirRight(o.fadir().right());
        form.setFaberLeft(o.faber().left());
        form.setFaberRight(o.faber().right());
        form.setLegLengthDifferenceMm(o.legLengthDifferenceMm());
        form.setOverstriding(o.gait().overstriding());
        form.setHeavyHeelStrike(o.gait().heavyHeelStrike());
        form.setFootAheadOfBody(o.gait().footAheadOfBody());
        form.setPelvicDrop(o.gait().pelvicDrop());
        form.setTrunkLean(o.gait().trunkLean());
        form.setCadence(o.gait().cadence());

        List<Condition> hypotheses = intake.hypotheses();
        form.setPrimaryHypothesis(hypotheses.isEmpty() ? null : hypotheses.get(0));
        form.setOtherHypotheses(hypotheses.stream().skip(1).toArray(Condition[]::new));
        form.setClinicalReasoning(intake.clinicalReasoning());
        return form;
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, E[] values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(Arrays.asList(values));
        }
        return set;
    }

    private static Distance distance(BigDecimal amount, DistanceUnit unit) {
        return amount == null ? null : Distance.of(amount, unit);
    }

    private static BigDecimal amount(Distance distance, DistanceUnit unit) {
        return distance == null ? null : distance.in(unit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
