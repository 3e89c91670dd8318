package org.clinicportal.patient;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.web.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The clinic admin's list of patients' portal logins, each of which can be stopped and allowed again. */
@Named
@ViewScoped
public class PortalLogins implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalAccess portalAccess;

    private List<PortalAccountView> logins;
    private String unavailable;

    public List<PortalAccountView> getLogins() {
        if (logins == null && unavailable == null) {
            try {
                logins = portalAccess.accounts();
            } catch (PortalAccessException e) {
                unavailable = Refusals.text(e);
            }
        }
        return logins;
    }

    public void allow(PortalAccountView login, boolean allowed) {
        try {
            portalAccess.allowSignIn(login.patientId(), allowed);
            Messages.addGlobalInfo(
                    Faces.getBundleString(allowed ? "portalLogins.enabled" : "portalLogins.disabled"),
                    login.patientName());
            logins = null;
        } catch (PatientNotFoundException | PortalAccessException e) {
            Refusals.show(e);
        }
    }

    public String getUnavailable() {
        getLogins();
        return unavailable;
    }
}
