package org.clinicportal.accounts;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.security.Role;
import org.clinicportal.security.SignIn;

/**
 * Signs the user out everywhere: every portal session of theirs, in any browser and on any node, and every
 * Keycloak session (but a platform admin's other Keycloak sessions: the portal may not touch that account), so
 * that no other browser is signed back in without the password; then this browser out of
 * the portal and, through the authentication mechanism, out of Keycloak, which returns it to the landing page.
 * POST only; the session cookie is SameSite=Lax, so another site cannot sign a user out.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @Inject
    private transient Accounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<SignIn> signedIn = SignIn.of(session);
        if (signedIn.isPresent()) {
            SignIn signIn = signedIn.get();
            try {
                if (request.isUserInRole(Role.PLATFORM_ADMIN_NAME)) {
                    accounts.endPortalSessions(signIn.subject());
                } else {
                    accounts.signOutEverywhere(signIn.subject());
                }
            } catch (AccountException e) {
                // This browser is still signed out; the user's other Keycloak sessions live on until Keycloak answers.
                LOG.log(Level.WARNING, "Signed out of the portal everywhere, but not of Keycloak: {0}", e.getMessage());
            }
        }
        request.logout();
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
