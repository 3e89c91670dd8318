package org.clinicportal.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The exercise library, filtered by category and target, a page at a time. */
@Named("library")
@ViewScoped
public class ExerciseLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseLibrary library;

    private final ExerciseFilter filter = new ExerciseFilter();
    private List<String> targets;

    private final LazyDataModel<ExerciseRow> exercises = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(library.count(filter));
        }

        @Override
        public List<ExerciseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return library.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(ExerciseRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<ExerciseRow> getExercises() {
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
