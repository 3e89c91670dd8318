package org.clinicportal.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The language one browser is spoken to in: the one chosen in this session (or stored for the signed-in user), else
 * the first of the browser's languages the portal speaks, else English. The same answer for the pages and for
 * Keycloak's sign-in page.
 */
public final class Languages {

    /** Where the session keeps the chosen language. */
    public static final String CHOSEN = Languages.class.getName() + ".chosen";

    private Languages() {}

    public static Language of(HttpServletRequest request) {
        return chosen(request.getSession(false)).orElseGet(() -> browsers(request));
    }

    public static Optional<Language> chosen(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (Language) session.getAttribute(CHOSEN));
    }

    static Language browsers(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            Optional<Language> spoken = Language.of(wanted);
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Language.ENGLISH;
    }
}
