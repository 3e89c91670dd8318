package org.clinicportal.patient;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The patient page: who the patient is, how to reach them, their status in the clinic. */
@Named
@ViewScoped
public class ViewPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry registry;

    private Long id;
    private PatientProfile profile;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            profile = registry.profile(id == null ? -1 : id);
        } catch (PatientNotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void discharge() {
        change(true);
    }

    public void readmit() {
        change(false);
    }

    private void change(boolean discharge) {
        try {
            if (discharge) {
                registry.discharge(id, profile.version());
            } else {
                registry.readmit(id, profile.version());
            }
            profile = registry.profile(id);
        } catch (PatientNotFoundException | ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatientProfile getProfile() {
        return profile;
    }
}
