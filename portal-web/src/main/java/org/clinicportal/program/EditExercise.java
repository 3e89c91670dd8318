package org.clinicportal.program;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;

/** Adds an exercise of the clinic's own, or changes one. */
@Named
@ViewScoped
public class EditExercise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseLibrary library;

    @Inject
    private UnitChoice units;

    private Long id;
    private ExerciseForm form;

    public void load() throws ExerciseNotFoundException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new ExerciseForm();
            form.setDistanceUnit(units.getUnit());
            form.getDosage().setTimesPerWeek(3);
        } else {
            form = library.formFor(id, units.getUnit());
        }
    }

    public String save() {
        try {
            long saved = id == null ? library.add(form) : revise();
            return "/therapist/library/exercise?faces-redirect=true&id=" + saved;
        } catch (ExerciseNotFoundException | ConcurrentChangeException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    private long revise() throws ExerciseNotFoundException, ConcurrentChangeException {
        library.revise(id, form);
        return id;
    }

    public ExerciseCategory[] getCategories() {
        return ExerciseCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExerciseForm getForm() {
        return form;
    }
}
