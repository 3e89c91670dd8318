package org.clinicportal.program;

/** A line of the exercise library's table. */
public record ExerciseRow(long id, String name, ExerciseCategory category, String target, boolean shared) {

    static ExerciseRow of(Exercise exercise) {
        return new ExerciseRow(
                exercise.id(), exercise.name(), exercise.category(), exercise.target(), exercise.isShared());
    }
}
