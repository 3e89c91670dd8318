package org.clinicportal.program;

/** A line of the exercise library's table. */
public record ExerciseRow(long id, String name, ExerciseCategory category, String target, boolean shared) {

    static ExerciseRow of(WordedExercise worded) {
        Exercise exercise = worded.exercise();
        return new ExerciseRow(
                exercise.id(),
                worded.text().name(),
                exercise.category(),
                worded.text().target(),
                exercise.isShared());
    }
}
