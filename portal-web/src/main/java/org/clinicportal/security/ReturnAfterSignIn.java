package org.clinicportal.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;

/**
 * Remembers which page of a role area a browser asked for, so that after signing in at Keycloak
 * the user lands on that page rather than on their home page. A listener, because it must see
 * the request before the authentication mechanism sends the browser away to sign in. A form posted
 * from a session that is gone returns to its page (with the address it was opened at), and what was
 * typed into it is kept ({@link KeptEntries}). Declared in web.xml, after {@link EndedSessions}.
 */
public class ReturnAfterSignIn implements ServletRequestListener {

    private static final String ATTRIBUTE = ReturnAfterSignIn.class.getName();
    private static final List<String> AREAS = List.of("/therapist/", "/patient/", "/clinic-admin/", "/platform/");

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && inArea(request)
                && KeptEntries.isPostbackOfLostSession(request)) {
            request.getSession(true).setAttribute(ATTRIBUTE, KeptEntries.keep(request, KeptEntries.Reason.SIGNED_OUT));
            return;
        }
        if (event.getServletRequest() instanceof HttpServletRequest request && isPageInArea(request)) {
            HttpSession session = request.getSession(false);
            if (session == null || request.getRemoteUser() == null) {
                String query = request.getQueryString();
                request.getSession(true)
                        .setAttribute(
                                ATTRIBUTE,
                                request.getRequestURI()
                                                .substring(
                                                        request.getContextPath().length())
                                        + (query == null ? "" : "?" + query));
            }
        }
    }

    private static boolean isPageInArea(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getHeader("Faces-Request") == null && inArea(request);
    }

    private static boolean inArea(HttpServletRequest request) {
        return AREAS.stream().anyMatch(path(request)::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The page to return to after signing in, once; a path within this application. */
    static Optional<String> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object page = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return page instanceof String path && path.startsWith("/") && !path.startsWith("//")
                ? Optional.of(path)
                : Optional.empty();
    }
}
