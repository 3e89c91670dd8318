package org.clinicportal.program;

/**
 * An exercise with what it says in the reader's language: the shared library's wording where that language has
 * one, the exercise's own words otherwise.
 */
record WordedExercise(Exercise exercise, ExerciseText text) {

    /** A row of a query that selects an exercise and its wording ({@code Exercise.IN_READERS_WORDS}). */
    static WordedExercise of(Object[] row) {
        Exercise exercise = (Exercise) row[0];
        return new WordedExercise(
                exercise, row[1] instanceof ExerciseWording wording ? wording.text() : exercise.text());
    }
}
