package org.clinicportal.program;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;

/** Creates a template of the clinic's own, or changes one. */
@Named
@ViewScoped
public class EditTemplate extends ItemEditor {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramTemplates templates;

    @Inject
    private UnitChoice units;

    private Long id;
    private TemplateForm form;

    public void load() throws TemplateNotFoundException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new TemplateForm();
            form.setDistanceUnit(units.getUnit());
        } else {
            form = templates.formFor(id, units.getUnit());
            form.setItems(new ArrayList<>(form.getItems()));
        }
    }

    public String save() {
        try {
            long saved = id == null ? templates.create(form) : revise();
            return "/therapist/templates/view?faces-redirect=true&id=" + saved;
        } catch (TemplateNotFoundException | ExerciseNotFoundException | ConcurrentChangeException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    private long revise() throws TemplateNotFoundException, ExerciseNotFoundException, ConcurrentChangeException {
        templates.revise(id, form);
        return id;
    }

    @Override
    protected List<ItemForm> lines() {
        return form.getItems();
    }

    @Override
    protected DistanceUnit unit() {
        return form.getDistanceUnit();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TemplateForm getForm() {
        return form;
    }
}
