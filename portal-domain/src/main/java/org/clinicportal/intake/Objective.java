package org.clinicportal.intake;

/**
 * What the therapist examined, left and right. Strength is graded 0–5, ranges in degrees; a
 * {@code true} test is a positive one. Any value may be missing.
 *
 * @param legLengthDifferenceMm how much shorter one leg is, in millimetres
 */
public record Objective(
        Sides<Integer> abductorStrength,
        Sides<Integer> flexion,
        Sides<Integer> extension,
        Sides<Integer> internalRotation,
        Sides<Integer> externalRotation,
        Sides<Boolean> trochantericTenderness,
        Sides<Boolean> trendelenburg,
        Sides<SquatQuality> singleLegSquat,
        Sides<Boolean> thomas,
        Sides<Boolean> ober,
        Sides<Boolean> fadir,
        Sides<Boolean> faber,
        Integer legLengthDifferenceMm,
        Gait gait) {

    /** A grade of 4 or less out of 5 counts as weak. */
    static final int WEAK_ABDUCTORS = 4;

    /** What the therapist saw of the runner's gait. */
    public record Gait(
            Boolean overstriding,
            Boolean heavyHeelStrike,
            Boolean footAheadOfBody,
            Boolean pelvicDrop,
            Boolean trunkLean,
            Integer cadence) {

        public static Gait notObserved() {
            return new Gait(null, null, null, null, null, null);
        }
    }

    public Objective {
        abductorStrength = orNone(abductorStrength);
        flexion = orNone(flexion);
        extension = orNone(extension);
        internalRotation = orNone(internalRotation);
        externalRotation = orNone(externalRotation);
        trochantericTenderness = orNone(trochantericTenderness);
        trendelenburg = orNone(trendelenburg);
        singleLegSquat = orNone(singleLegSquat);
        thomas = orNone(thomas);
        ober = orNone(ober);
        fadir = orNone(fadir);
        faber = orNone(faber);
        gait = gait == null ? Gait.notObserved() : gait;
        for (Integer grade : new Integer[] {abductorStrength.left(), abductorStrength.right()}) {
            if (grade != null && (grade < 0 || grade > 5)) {
                throw new IllegalArgumentException("Strength is graded 0 to 5, not " + grade);
            }
        }
    }

    private static <T> Sides<T> orNone(Sides<T> sides) {
        return sides == null ? Sides.none() : sides;
    }

    public static Objective notExamined() {
        return new Objective(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    Findings.Signs signs() {
        boolean weak = weak(abductorStrength.left()) || weak(abductorStrength.right());
        return new Findings.Signs(
                trochantericTenderness.either(true),
                trendelenburg.either(true),
                weak,
                thomas.either(true),
                ober.either(true),
                fadir.either(true),
                faber.either(true),
                Boolean.TRUE.equals(gait.pelvicDrop()));
    }

    private static boolean weak(Integer grade) {
        return grade != null && grade <= WEAK_ABDUCTORS;
    }
}
