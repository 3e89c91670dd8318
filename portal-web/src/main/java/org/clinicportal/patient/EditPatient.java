package org.clinicportal.patient;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.web.Refusals;

/**
 * Registers a patient, or corrects one (with {@code ?id=}). The form keeps everything typed when
 * a field is refused, and a save over someone else's newer save is refused, not applied.
 */
@Named
@ViewScoped
public class EditPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry registry;

    private Long id;
    private long version;
    private PatientDetails details;
    private List<TherapistOption> therapists;

    public void load() throws PatientNotFoundException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        therapists = registry.therapists();
        if (id == null) {
            details = registry.newPatient();
            return;
        }
        PatientProfile profile = registry.profile(id);
        version = profile.version();
        details = profile.details();
    }

    public String save() {
        try {
            if (id == null) {
                id = registry.register(details);
            } else {
                registry.update(id, version, details);
            }
            return "/therapist/patients/view?faces-redirect=true&id=" + id;
        } catch (PatientNotFoundException | ConcurrentChangeException e) {
            Refusals.show(e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatientDetails getDetails() {
        return details;
    }

    /** The clinic's therapists to choose from. */
    public List<TherapistOption> getTherapists() {
        return therapists;
    }
}
