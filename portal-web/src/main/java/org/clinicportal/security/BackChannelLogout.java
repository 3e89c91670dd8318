package org.clinicportal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Keycloak tells the portal that a user's sign-in ended there — signed out at Keycloak or by another
 * application, or by an administrator: every portal session of that user ends ({@link SignIns}). Keycloak
 * posts a signed logout token; without a valid one nothing ends. Not a page: no session, no caller.
 */
@WebServlet("/backchannel-logout")
public class BackChannelLogout extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

    @Inject
    private transient LogoutTokens logoutTokens;

    @Inject
    private transient SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            signIns.endAll(logoutTokens.subjectOf(request.getParameter("logout_token")));
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (LogoutTokens.InvalidLogoutTokenException e) {
            LOG.log(Level.WARNING, "Refused a back-channel logout from {0}: {1}", new Object[] {
                request.getRemoteAddr(), e.getMessage()
            });
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid_request\"}");
        }
    }
}
