package org.clinicportal.preference;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.clinicportal.language.Language;
import org.clinicportal.language.Languages;
import org.clinicportal.security.Role;

/**
 * The language switch in the header: two plain links, so that they work before sign-in too, where a page keeps no
 * view state, and take no part in any page's forms. The choice lasts the session and, for a user with settings of
 * their own, is stored; then the browser goes back to the page it came from. A link sent by someone else can only
 * change the language, so it needs no token.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Preferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> chosen = Arrays.stream(Language.values())
                .filter(language -> language.name().equals(request.getParameter("to")))
                .findFirst();
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.isUserInRole(Role.THERAPIST_NAME)
                || request.isUserInRole(Role.PATIENT_NAME)
                || request.isUserInRole(Role.CLINIC_ADMIN_NAME)) {
            preferences.speak(chosen.get());
        }
        request.getSession().setAttribute(Languages.CHOSEN, chosen.get());
        response.sendRedirect(back(request));
    }

    /** The page the switch was on: a path of this portal only, never another site. */
    private static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        boolean ours = back != null
                && back.startsWith(request.getContextPath() + "/")
                && !back.startsWith("//")
                && !back.contains("\\");
        return ours ? back : request.getContextPath() + "/";
    }
}
