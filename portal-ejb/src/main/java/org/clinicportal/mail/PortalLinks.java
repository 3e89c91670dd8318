package org.clinicportal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** The patient's questionnaire (and anyone else is asked to sign in first). */
    public String questionnaire() {
        return baseUrl + "/patient/questionnaire.xhtml";
    }

    /** The patient's messages with their clinic. */
    public String myMessages() {
        return baseUrl + "/patient/messages.xhtml";
    }

    /** A therapist's page of messages with a patient. */
    public String messagesWith(long patientId) {
        return baseUrl + "/therapist/patients/messages.xhtml?id=" + patientId;
    }

    /** The page that stops one kind of email, by the token of the one who gets it. */
    public String unsubscribe(String clinic, String token, String kind) {
        return baseUrl + "/unsubscribe.xhtml?clinic=" + encoded(clinic) + "&token=" + encoded(token) + "&email="
                + encoded(kind);
    }

    /** The therapist's page of a patient. */
    public String patientPage(long patientId) {
        return baseUrl + "/therapist/patients/view.xhtml?id=" + patientId;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
