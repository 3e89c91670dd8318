package org.clinicportal.program;

import java.util.List;

/**
 * An exercise as its page shows it.
 *
 * @param cautions empty text when there are none
 * @param source   the source articles, e.g. "seed:001, seed:004"; empty for a clinic's own
 * @param editable whether the caller's clinic owns it and may change it
 * @param medium   the clinic's picture or video of it, shown instead of the drawing; null when it has none
 * @param mediumVersion changes with every upload, for the medium's address
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
        long version,
        MediaType medium,
        long mediumVersion) {

    static ExerciseView of(WordedExercise worded, String clinic) {
        Exercise exercise = worded.exercise();
        ExerciseText text = worded.text();
        return new ExerciseView(
                exercise.id(),
                text.name(),
                exercise.category(),
                text.target(),
                exercise.dosage(),
                text.steps(),
                text.instructions(),
                text.cautions(),
                exercise.source().orElse(""),
                exercise.isShared(),
                exercise.isOwnedBy(clinic),
                exercise.version(),
                worded.medium(),
                worded.mediumVersion());
    }
}
