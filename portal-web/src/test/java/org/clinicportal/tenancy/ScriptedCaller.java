package org.clinicportal.tenancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/**
 * Stands in for the identity provider inside the test deployment: the test names the clinic
 * the current thread acts for. Everything below it (interceptor, EclipseLink, PostgreSQL) is real.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ScriptedCaller implements Caller {

    private final ThreadLocal<String> clinic = new ThreadLocal<>();
    private final ThreadLocal<String> account = new ThreadLocal<>();

    public void actFor(String clinicSlug) {
        clinic.set(clinicSlug);
        account.remove();
    }

    /** Acts for a patient: the clinic and the patient's portal account. */
    public void actFor(String clinicSlug, String portalAccount) {
        clinic.set(clinicSlug);
        account.set(portalAccount);
    }

    public void actForNoClinic() {
        clinic.remove();
        account.remove();
    }

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public String username() {
        return "test-" + clinic().orElse("platform");
    }

    @Override
    public String displayName() {
        return username();
    }

    @Override
    public Optional<String> account() {
        return Optional.ofNullable(account.get());
    }

    @Override
    public Optional<String> clinic() {
        return Optional.ofNullable(clinic.get());
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }
}
