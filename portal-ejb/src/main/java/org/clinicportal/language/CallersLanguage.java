package org.clinicportal.language;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language the person using the portal right now reads its pages in, for what a service writes on their
 * behalf (an invitation they send); English when no one is asking, as for a timer.
 */
@Dependent
public class CallersLanguage {

    @Inject
    private Instance<HttpServletRequest> request;

    public Language get() {
        try {
            return request.isResolvable() ? Languages.of(request.get()) : Language.ENGLISH;
        } catch (ContextNotActiveException notInARequest) {
            return Language.ENGLISH;
        }
    }
}
