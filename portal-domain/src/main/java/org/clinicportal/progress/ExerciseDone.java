package org.clinicportal.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How many sets of one exercise the patient did in a session. */
@Embeddable
public class ExerciseDone {

    public static final int MAX_SETS = 10;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "sets_done", nullable = false)
    private int setsDone;

    protected ExerciseDone() {}

    public ExerciseDone(long exerciseId, int setsDone) {
        if (setsDone < 0 || setsDone > MAX_SETS) {
            throw new IllegalArgumentException("Sets done are 0 to " + MAX_SETS + ", not " + setsDone);
        }
        this.exerciseId = exerciseId;
        this.setsDone = setsDone;
    }

    public long exerciseId() {
        return exerciseId;
    }

    public int setsDone() {
        return setsDone;
    }

    public boolean isDone() {
        return setsDone > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExerciseDone that && exerciseId == that.exerciseId && setsDone == that.setsDone;
    }

    @Override
    public int hashCode() {
        return Objects.hash(exerciseId, setsDone);
    }
}
