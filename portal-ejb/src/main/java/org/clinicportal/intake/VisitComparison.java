package org.clinicportal.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The first signed intake beside the latest signed visit, measure by measure, left and right.
 * Values are codes for the page to word: numbers as digits, tests as {@code POSITIVE}/{@code NEGATIVE},
 * squat control as its grade; {@code null} where nothing was recorded.
 */
public record VisitComparison(IntakeSummary first, IntakeSummary latest, List<Row> rows) {

    /** How a row's values read. */
    public enum Scale {
        NUMBER,
        TEST,
        SQUAT
    }

    /** One measure; single-sided measures (pain, cadence) use the left column only. */
    public record Row(
            String measure,
            Scale scale,
            boolean bilateral,
            String firstLeft,
            String firstRight,
            String latestLeft,
            String latestRight) {}

    static VisitComparison between(Intake first, Intake latest) {
        List<Row> rows = new ArrayList<>();
        Subjective s1 = first.subjective();
        Subjective s2 = latest.subjective();
        single(rows, "painAtRest", s1.painAtRest(), s2.painAtRest());
        single(rows, "painDuringRun", s1.painDuringRun(), s2.painDuringRun());
        single(rows, "painAfterRun", s1.painAfterRun(), s2.painAfterRun());
        Objective o1 = first.objective();
        Objective o2 = latest.objective();
        numbers(rows, "abductorStrength", o1.abductorStrength(), o2.abductorStrength());
        numbers(rows, "flexion", o1.flexion(), o2.flexion());
        numbers(rows, "extension", o1.extension(), o2.extension());
        numbers(rows, "internalRotation", o1.internalRotation(), o2.internalRotation());
        numbers(rows, "externalRotation", o1.externalRotation(), o2.externalRotation());
        tests(rows, "trochantericTenderness", o1.trochantericTenderness(), o2.trochantericTenderness());
        tests(rows, "trendelenburg", o1.trendelenburg(), o2.trendelenburg());
        rows.add(new Row(
                "singleLegSquat",
                Scale.SQUAT,
                true,
                code(o1.singleLegSquat().left()),
                code(o1.singleLegSquat().right()),
                code(o2.singleLegSquat().left()),
                code(o2.singleLegSquat().right())));
        tests(rows, "thomas", o1.thomas(), o2.thomas());
        tests(rows, "ober", o1.ober(), o2.ober());
        tests(rows, "fadir", o1.fadir(), o2.fadir());
        tests(rows, "faber", o1.faber(), o2.faber());
        single(rows, "cadence", o1.gait().cadence(), o2.gait().cadence());
        return new VisitComparison(IntakeSummary.of(first), IntakeSummary.of(latest), List.copyOf(rows));
    }

    private static void single(List<Row> rows, String measure, Integer first, Integer latest) {
        rows.add(new Row(measure, Scale.NUMBER, false, text(first), null, text(latest), null));
    }

    private static void numbers(List<Row> rows, String measure, Sides<Integer> first, Sides<Integer> latest) {
        rows.add(new Row(
                measure,
                Scale.NUMBER,
                true,
                text(first.left()),
                text(first.right()),
                text(latest.left()),
                text(latest.right())));
    }

    private static void tests(List<Row> rows, String measure, Sides<Boolean> first, Sides<Boolean> latest) {
        rows.add(new Row(
                measure,
                Scale.TEST,
                true,
                result(first.left()),
                result(first.right()),
                result(latest.left()),
                result(latest.right())));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String result(Boolean positive) {
        return positive == null ? null : positive ? "POSITIVE" : "NEGATIVE";
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
