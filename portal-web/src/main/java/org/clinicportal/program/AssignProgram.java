package org.clinicportal.program;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The program editor on a patient: start from the current version (or nothing), add templates and
 * exercises, adjust dosages, phases and order, and save it as the patient's new version.
 */
@Named
@ViewScoped
public class AssignProgram extends ItemEditor {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramAssignments assignments;

    @Inject
    private ProgramTemplates templates;

    @Inject
    private UnitChoice units;

    private Long patient;
    private ProgramForm form;
    private Long templateToAdd;
    private List<TemplateRow> templateChoices;

    public void load() throws PatientNotFoundException {
        if (form != null) {
            return;
        }
        form = assignments.draft(patient == null ? -1 : patient, units.getUnit());
        form.setItems(new ArrayList<>(form.getItems()));
    }

    public void addTemplate() {
        if (templateToAdd == null) {
            Messages.addGlobalError(Faces.getBundleString("program.editor.chooseTemplate"));
            return;
        }
        try {
            form = assignments.addTemplate(form, templateToAdd);
            form.setItems(new ArrayList<>(form.getItems()));
            templateToAdd = null;
        } catch (TemplateNotFoundException e) {
            Refusals.show(e);
        }
    }

    public String save() {
        try {
            assignments.assign(patient, form);
            Messages.addFlashGlobalInfo(Faces.getBundleString("program.saved"));
            return "/therapist/patients/view?faces-redirect=true&id=" + patient;
        } catch (PatientNotFoundException
                | ProgramRefusedException
                | ExerciseNotFoundException
                | ConcurrentChangeException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    @Override
    protected List<ItemForm> lines() {
        return form.getItems();
    }

    @Override
    protected DistanceUnit unit() {
        return form.getDistanceUnit();
    }

    public List<TemplateRow> getTemplateChoices() {
        if (templateChoices == null) {
            templateChoices = templates.list();
        }
        return templateChoices;
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }

    public ProgramForm getForm() {
        return form;
    }

    public Long getTemplateToAdd() {
        return templateToAdd;
    }

    public void setTemplateToAdd(Long templateToAdd) {
        this.templateToAdd = templateToAdd;
    }
}
