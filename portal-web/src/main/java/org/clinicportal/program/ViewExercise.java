package org.clinicportal.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An exercise's page: dosage, steps, cautions, and the articles it comes from. */
@Named
@RequestScoped
public class ViewExercise {

    @Inject
    private ExerciseLibrary library;

    private Long id;
    private ExerciseView exercise;
    private List<Citation> citations;

    public void load() throws ExerciseNotFoundException {
        exercise = library.exercise(id == null ? -1 : id);
        citations = library.citations(exercise.id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExerciseView getExercise() {
        return exercise;
    }

    public List<Citation> getCitations() {
        return citations;
    }
}
