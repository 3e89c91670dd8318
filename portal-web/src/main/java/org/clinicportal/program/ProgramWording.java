package org.clinicportal.program;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;

/** {@link ProgramText} for pages, in the signed-in user's distance unit. */
@Named
@RequestScoped
public class ProgramWording {

    @Inject
    private UnitChoice unitChoice;

    private ProgramText text;

    @PostConstruct
    void readPreference() {
        text = ProgramText.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), unitChoice.getUnit());
    }

    public String dosage(Dosage dosage) {
        return text.dosage(dosage);
    }

    public String phase(Phase phase) {
        return text.phase(phase);
    }

    public String distance(Distance distance) {
        return text.distance(distance);
    }

    public DistanceUnit getUnit() {
        return text.unit();
    }
}
