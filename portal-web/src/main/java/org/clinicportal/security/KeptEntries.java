package org.clinicportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user had typed into a form that could not be acted on: their session was gone (the node that held it
 * died, or it timed out), or the database did not answer. The portal keeps the form's fields in the session and,
 * once the user is back on that page, shows them as they were typed, for the user to check and save. Only the
 * fields: no view state, nonce or button.
 *
 * @param page   the page's path within the application and the query it was opened with
 * @param values each field's name (its client id) and what was typed
 * @param reason why nothing was saved, for the message beside the fields
 */
public record KeptEntries(String page, Map<String, String> values, Reason reason) implements Serializable {

    public enum Reason {
        SIGNED_OUT,
        DATABASE_DOWN
    }

    private static final String ATTRIBUTE = KeptEntries.class.getName();

    /** Whether the request is a form post of a page whose session no longer exists. */
    static boolean isPostbackOfLostSession(HttpServletRequest request) {
        return isPostback(request) && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    public static boolean isPostback(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null;
    }

    /** Keeps the posted fields; returns the page to go back to. */
    public static String keep(HttpServletRequest request, Reason reason) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (!name.startsWith("jakarta.faces.")
                    && !name.startsWith("primefaces.")
                    && sent.length == 1
                    && !sent[0].equals(name)) {
                values.put(name, sent[0]);
            }
        });
        String page = pageOf(request);
        request.getSession(true).setAttribute(ATTRIBUTE, new KeptEntries(page, values, reason));
        return page;
    }

    /** The page waiting to be filled again, if any. */
    public static Optional<String> pending(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KeptEntries kept
                ? Optional.of(kept.page())
                : Optional.empty();
    }

    /** The entries kept for this page (path, without its query), once. */
    public static Optional<KeptEntries> takeFor(HttpSession session, String path) {
        if (session != null
                && session.getAttribute(ATTRIBUTE) instanceof KeptEntries kept
                && kept.path().equals(path)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.of(kept);
        }
        return Optional.empty();
    }

    private String path() {
        int query = page.indexOf('?');
        return query < 0 ? page : page.substring(0, query);
    }

    /**
     * The posted page with the query it was opened with ({@code ?patient=900001}): a form posts to its page's path
     * only, so the query comes from the browser's Referer when that names the same page.
     */
    private static String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            URI referer = new URI(Objects.requireNonNullElse(request.getHeader("Referer"), ""));
            boolean samePage = request.getRequestURI().equals(referer.getPath()) && referer.getRawQuery() != null;
            return samePage ? path + "?" + referer.getRawQuery() : path;
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
