package org.clinicportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.clinicportal.language.Languages;

/**
 * Sends the browser to Keycloak's sign-in page with {@code ui_locales}, so that the page speaks the portal's language
 * for this browser. The mechanism's definition can only hold fixed parameters; the language is the request's.
 */
final class SignInLanguage extends HttpServletResponseWrapper {

    private final String language;

    SignInLanguage(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.language = Languages.of(request).locale().getLanguage();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(location + (location.contains("?") ? "&" : "?") + "ui_locales=" + language);
    }
}
