package org.clinicportal.tenancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.language.Language;

/**
 * Stands in for the page's language inside the test deployment: the test names the language the current thread
 * reads in; without one, the request's own language applies as in the portal.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ScriptedLanguage extends CallersLanguage {

    private final ThreadLocal<Language> language = new ThreadLocal<>();

    public void readIn(Language reader) {
        language.set(reader);
    }

    public void forget() {
        language.remove();
    }

    @Override
    public Language get() {
        Language scripted = language.get();
        return scripted == null ? super.get() : scripted;
    }
}
