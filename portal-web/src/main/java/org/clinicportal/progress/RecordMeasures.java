package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The therapist records the outcome measures taken at a visit. */
@Named
@ViewScoped
public class RecordMeasures implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressReview review;

    private Long patient;
    private MeasureForm form;

    public void load() throws PatientNotFoundException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        form = review.newMeasure(patient == null ? -1 : patient);
    }

    public String save() {
        try {
            review.recordMeasure(patient == null ? -1 : patient, form);
            Messages.addFlashGlobalInfo(Faces.getBundleString("measure.saved"));
            return "/therapist/patients/view?faces-redirect=true&id=" + patient;
        } catch (PatientNotFoundException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }

    public MeasureForm getForm() {
        return form;
    }
}
