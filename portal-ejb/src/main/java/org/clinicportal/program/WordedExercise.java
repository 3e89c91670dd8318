package org.clinicportal.program;

/**
 * An exercise with what it says in the reader's language: the shared library's wording where that language has
 * one, the exercise's own words otherwise; and the reader's clinic's picture or video of it, if it has one.
 *
 * @param medium        null when the clinic has no picture or video of it, or the query did not ask
 * @param mediumVersion the medium's version, which changes with every upload
 */
record WordedExercise(Exercise exercise, ExerciseText text, MediaType medium, long mediumVersion) {

    /**
     * A row of a query that selects an exercise and its wording ({@code Exercise.IN_READERS_WORDS}), and perhaps the
     * type and version of the clinic's medium.
     */
    static WordedExercise of(Object[] row) {
        Exercise exercise = (Exercise) row[0];
        ExerciseText text = row[1] instanceof ExerciseWording wording ? wording.text() : exercise.text();
        if (row.length > 2 && row[2] instanceof MediaType medium) {
            return new WordedExercise(exercise, text, medium, ((Number) row[3]).longValue());
        }
        return new WordedExercise(exercise, text, null, 0);
    }
}
