package org.clinicportal.preference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clinicportal.language.Language;
import org.clinicportal.language.Languages;
import org.clinicportal.web.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The locale of every view: the browser's language, or the one chosen with the header's switch
 * ({@link LanguageSwitch}); a user's stored choice is read back once into the session at their next sign-in.
 */
@Named
@RequestScoped
public class LanguageChoice {

    /** Marks a session whose signed-in user's stored language was already looked up. */
    private static final String LOOKED_UP = LanguageChoice.class.getName() + ".lookedUp";

    @Inject
    private Preferences preferences;

    @Inject
    private CurrentUser user;

    private Language language;

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        if (language == null) {
            HttpServletRequest request = Faces.getRequest();
            if (hasSettings() && Languages.chosen(request.getSession(false)).isEmpty()) {
                HttpSession session = request.getSession();
                if (session.getAttribute(LOOKED_UP) == null) {
                    session.setAttribute(LOOKED_UP, Boolean.TRUE);
                    preferences.language().ifPresent(stored -> session.setAttribute(Languages.CHOSEN, stored));
                }
            }
            language = Languages.of(request);
        }
        return language;
    }

    /** The page being drawn, as a link's parameter, for the switch to come back to. */
    public String getBack() {
        return URLEncoder.encode(Faces.getRequestURIWithQueryString(), StandardCharsets.UTF_8);
    }

    /** Staff of a clinic and patients keep settings; the platform's admins and visitors have the session only. */
    private boolean hasSettings() {
        return user.isTherapist() || user.isPatient() || user.isClinicAdmin();
    }
}
