package org.clinicportal.program;

import java.util.List;

/**
 * An exercise as its page shows it.
 *
 * @param cautions empty text when there are none
 * @param source   the source articles, e.g. "seed:001, seed:004"; empty for a clinic's own
 * @param editable whether the caller's clinic owns it and may change it
 */
public record ExerciseView(
        long id,
        String name,
        ExerciseCategory category,
        String target,
        Dosage dosage,
        List<String> steps,
        String instructions,
        String cautions,
        String source,
        boolean shared,
        boolean editable,
        long version) {

    static ExerciseView of(Exercise exercise, String clinic) {
        return new ExerciseView(
                exercise.id(),
                exercise.name(),
                exercise.category(),
                exercise.target(),
                exercise.dosage(),
                exercise.steps(),
                exercise.instructions(),
                exercise.cautions().orElse(""),
                exercise.source().orElse(""),
                exercise.isShared(),
                exercise.isOwnedBy(clinic),
                exercise.version());
    }
}
