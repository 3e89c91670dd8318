package org.clinicportal.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Who signed this session in, and when the portal received Keycloak's answer: kept in the session to end it when their sign-ins end. */
public record SignIn(String subject, Instant at) implements Serializable {

    static final String ATTRIBUTE = SignIn.class.getName();

    /** The sign-in of the session, if there is one and it was signed in. */
    public static Optional<SignIn> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignIn signIn
                ? Optional.of(signIn)
                : Optional.empty();
    }
}
