package org.clinicportal.security;

import java.io.Serializable;
import java.time.Instant;

/** Who signed this session in, and when the portal received Keycloak's answer: kept in the session to end it when their sign-ins end. */
record SignIn(String subject, Instant at) implements Serializable {

    static final String ATTRIBUTE = SignIn.class.getName();
}
