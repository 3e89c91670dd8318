package org.clinicportal.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.web.PagedTable;

/** The exercise library, filtered by category and target, a page at a time. */
@Named("library")
@ViewScoped
public class ExerciseLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseLibrary library;

    private final ExerciseFilter filter = new ExerciseFilter();
    private List<String> targets;

    private final PagedTable<ExerciseRow> exercises = PagedTable.of(
            () -> library.count(filter), (first, size, sort) -> library.page(filter, first, size), ExerciseRow::id);

    public PagedTable<ExerciseRow> getExercises() {
        return exercises;
    }

    public ExerciseFilter getFilter() {
        return filter;
    }

    public ExerciseCategory[] getCategories() {
        return ExerciseCategory.values();
    }

    public List<String> getTargets() {
        if (targets == null) {
            targets = library.targets();
        }
        return targets;
    }
}
