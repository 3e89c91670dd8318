package org.clinicportal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose user was signed out elsewhere, disabled or stopped ({@link SignIns}), before the request is
 * authenticated: the request then arrives as one of a session that is gone, and is asked to sign in (a form
 * posted from it keeps what was typed, {@link ReturnAfterSignIn}). Declared in web.xml, ahead of that listener.
 */
public class EndedSessions implements ServletRequestListener {

    @Inject
    private SignIns signIns;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (SignIn.of(session)
                    .filter(signIn -> signIns.hasEnded(signIn.subject(), signIn.at()))
                    .isPresent()) {
                session.invalidate();
            }
        }
    }
}
