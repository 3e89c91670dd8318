package org.clinicportal.security;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Where "Sign in" leads: asks for a login, then sends the user to the home page of their role.
 * Also the landing point after the identity provider's callback, which keeps the one-time code
 * out of every address the user sees afterwards and returns the user to the page they asked for.
 */
@WebServlet(urlPatterns = {"/home", "/callback"})
@ServletSecurity(
        @HttpConstraint(
                rolesAllowed = {Role.PLATFORM_ADMIN_NAME, Role.CLINIC_ADMIN_NAME, Role.THERAPIST_NAME, Role.PATIENT_NAME
                }))
public class HomeRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Event<SignedIn> signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> roleHome = caller.roles().stream().findFirst().map(HomeRouter::home);
        if (roleHome.isEmpty()) {
            // Only a request that lost its caller gets here; the landing page would look like a sign-out.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String home = roleHome.get();
        boolean signedInJustNow = request.getAttribute(SignedInCallers.SIGNED_IN_NOW) != null;
        if (signedInJustNow) {
            signedIn.fire(new SignedIn());
        }
        String target = signedInJustNow ? ReturnAfterSignIn.takeFrom(request).orElse(home) : home;
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Each role's own area of the pages, relative to the context root. */
    private static String home(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "/platform/";
            case CLINIC_ADMIN -> "/clinic-admin/";
            case THERAPIST -> "/therapist/";
            case PATIENT -> "/patient/";
        };
    }
}
