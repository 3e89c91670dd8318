package org.clinicportal.program;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The editing of a list of exercises that the program editor and the template editor share:
 * add an exercise at its default dosage, move one up or down, remove one or all.
 */
public abstract class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseLibrary library;

    private Long exerciseToAdd;
    private List<ExerciseRow> exerciseChoices;

    /** The lines being edited; changed in place. */
    protected abstract List<ItemForm> lines();

    protected abstract DistanceUnit unit();

    public void addExercise() {
        if (exerciseToAdd == null) {
            Messages.addGlobalError(Faces.getBundleString("program.editor.chooseExercise"));
            return;
        }
        try {
            lines().add(ItemForm.of(library.exercise(exerciseToAdd), unit()));
            exerciseToAdd = null;
        } catch (ExerciseNotFoundException e) {
            Refusals.show(e);
        }
    }

    /** Starts the list over, empty: to build a program from one template instead of adding to the current one. */
    public void removeAll() {
        lines().clear();
    }

    public void moveUp(int index) {
        if (index > 0 && index < lines().size()) {
            Collections.swap(lines(), index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < lines().size() - 1) {
            Collections.swap(lines(), index, index + 1);
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < lines().size()) {
            lines().remove(index);
        }
    }

    public List<ExerciseRow> getExerciseChoices() {
        if (exerciseChoices == null) {
            exerciseChoices = library.all();
        }
        return exerciseChoices;
    }

    public Long getExerciseToAdd() {
        return exerciseToAdd;
    }

    public void setExerciseToAdd(Long exerciseToAdd) {
        this.exerciseToAdd = exerciseToAdd;
    }
}
