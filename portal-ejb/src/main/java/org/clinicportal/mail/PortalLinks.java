package org.clinicportal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Addresses in the portal, for links sent by email: built on its public address (PORTAL_BASE_URL). */
@ApplicationScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    private String baseUrl;

    /** Where a signed-in user lands on their role's home page (and anyone else is asked to sign in first). */
    public String home() {
        return baseUrl + "/home";
    }

    /** The therapist's page of a patient. */
    public String patientPage(long patientId) {
        return baseUrl + "/therapist/patients/view.xhtml?id=" + patientId;
    }
}
