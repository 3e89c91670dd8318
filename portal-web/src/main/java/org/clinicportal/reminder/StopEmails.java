package org.clinicportal.reminder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

/**
 * The page an email's unsubscribe link opens, without signing in. Visiting it changes nothing (mail scanners open
 * links too); the button does.
 */
@Named
@ViewScoped
public class StopEmails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Unsubscribe unsubscribe;

    private String clinic;
    private String token;
    private String email;
    private boolean valid;
    private boolean stopped;

    public void load() {
        valid = kind().map(kind -> unsubscribe.isValid(clinic, token, kind)).orElse(false);
    }

    public void stop() {
        valid = kind().map(kind -> unsubscribe.stop(clinic, token, kind)).orElse(false);
        stopped = valid;
    }

    /** The kind of email the link names; none for a word the portal never put there. */
    public Optional<EmailKind> kind() {
        return Arrays.stream(EmailKind.values())
                .filter(kind -> kind.name().equals(email))
                .findFirst();
    }

    public EmailKind getKind() {
        return kind().orElse(null);
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isStopped() {
        return stopped;
    }

    public String getClinic() {
        return clinic;
    }

    public void setClinic(String clinic) {
        this.clinic = clinic;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
