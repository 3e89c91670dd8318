package org.clinicportal.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;

/**
 * The portal's authentication mechanism. Signing in, Keycloak's callback, refreshing tokens and signing
 * out are the OpenID Connect mechanism's ({@link PortalAuthentication}); a request of a signed-in session
 * whose tokens are still valid is answered here, with the caller's name and groups from the identity token.
 * Why: handed only the session's principal, as the OpenID Connect mechanism does on every request, Payara
 * looks the caller's groups up through a security context that concurrent requests share and clear
 * (GlassFish issue 25141, Payara FISH-7515, fixed in no Payara release available here), so under load a
 * request lost its roles and every service refused it ("Client not authorized").
 * <p>
 * While Keycloak does not answer, a signed-in session goes on as long as it lives, its expired tokens
 * unrefreshed, and a sign-in gets the portal's page saying the sign-in service is unavailable (503)
 * instead of a browser sent to a port where nothing listens.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignedInCallers implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignedInCallers.class.getName());

    /** Where Keycloak sends the browser back after signing in ({@link PortalAuthentication}'s redirect URI). */
    private static final String CALLBACK = "/callback";

    private static final String SIGN_IN_FAILED = "/sign-in-failed.xhtml";

    /**
     * Staff work on shared clinic computers: their session ends after a quarter of an hour without a request
     * (patients, on their own phones, keep web.xml's half hour; Keycloak's own session idles out after that).
     */
    private static final Duration STAFF_IDLE_TIMEOUT = Duration.ofMinutes(15);

    /** Marks the request in which Keycloak's answer signed the user in (not a callback opened again later). */
    static final String SIGNED_IN_NOW = SignedInCallers.class.getName() + ".signedInNow";

    @Inject
    private OpenIdAuthenticationMechanism openId;

    @Inject
    private OpenIdContext tokens;

    @Inject
    private SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && hasTokens() && (hasValidTokens() || !signIn.isReachable())) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.getName()), groups());
        }
        if (caller == null && context.isProtected() && "partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return signInFromPage(request, response);
        }
        if (caller == null && context.isProtected() && !signIn.isReachable()) {
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (CALLBACK.equals(request.getServletPath())) {
            return finishSignIn(request, response, context);
        }
        return openId.validateRequest(request, new SignInLanguage(request, response), context);
    }

    /**
     * Keycloak's answer to a sign-in. When it cannot be used — a callback opened a second time or from another
     * browser (its state is not this session's), an error sent back by Keycloak, a code the token endpoint
     * refuses (expired, used, or a client secret that does not match) — the user gets the portal's page saying so,
     * with a way to sign in again, instead of an empty answer; the log says why.
     */
    private AuthenticationStatus finishSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        AuthenticationStatus status;
        String reason;
        try {
            status = openId.validateRequest(request, response, context);
            reason = request.getParameter("error") == null
                    ? "its state or code was refused"
                    : "Keycloak answered " + request.getParameter("error");
        } catch (AuthenticationException | RuntimeException e) {
            status = AuthenticationStatus.SEND_FAILURE;
            reason = e.toString();
        }
        if (status == AuthenticationStatus.SUCCESS) {
            request.setAttribute(SIGNED_IN_NOW, Boolean.TRUE);
            HttpSession session = request.getSession();
            session.setAttribute(SignIn.ATTRIBUTE, new SignIn(tokens.getSubject(), Instant.now()));
            if (isStaff()) {
                session.setMaxInactiveInterval((int) STAFF_IDLE_TIMEOUT.toSeconds());
            }
            return status;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return status;
        }
        LOG.log(Level.WARNING, "A sign-in did not finish: {0}", reason);
        try {
            response.sendRedirect(request.getContextPath() + SIGN_IN_FAILED);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    /**
     * Signing out ends the Keycloak session too; a session that never signed in, or already signed out
     * on a page still open elsewhere, has no tokens and nothing to end (Soteria would fail on the missing
     * identity token).
     */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (tokens.getIdentityToken() != null) {
            openId.cleanSubject(request, response, context);
        }
    }

    /**
     * An ajax request of a session that is gone cannot follow a redirect to Keycloak (the browser's script would
     * fetch the sign-in page instead of showing it): the page itself goes to sign in, and comes back with what
     * was typed into it.
     */
    private static AuthenticationStatus signInFromPage(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + "/home\"/></partial-response>");
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private boolean isStaff() {
        Set<String> groups = groups();
        return groups.contains(Role.THERAPIST_NAME)
                || groups.contains(Role.CLINIC_ADMIN_NAME)
                || groups.contains(Role.PLATFORM_ADMIN_NAME);
    }

    private boolean hasTokens() {
        return tokens.getAccessToken() != null && tokens.getIdentityToken() != null;
    }

    private boolean hasValidTokens() {
        return !tokens.getAccessToken().isExpired()
                && !tokens.getIdentityToken().isExpired();
    }

    private Set<String> groups() {
        IdentityToken identity = tokens.getIdentityToken();
        return new HashSet<>(identity.getJwtClaims().getArrayStringClaim(PortalAuthentication.GROUPS_CLAIM));
    }
}
