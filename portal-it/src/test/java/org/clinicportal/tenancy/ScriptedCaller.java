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
    private final ThreadLocal<String> username = new ThreadLocal<>();

    public void actFor(String clinicSlug) {
        clinic.set(clinicSlug);
        account.remove();
        username.remove();
    }

    /** Acts for the clinic under a given username, e.g. that of a staff member the test made. */
    public void actAs(String clinicSlug, String name) {
        actFor(clinicSlug);
        username.set(name);
    }

    /** Acts for a patient: the clinic and the patient's portal account. */
    public void actFor(String clinicSlug, String portalAccount) {
        clinic.set(clinicSlug);
        account.set(portalAccount);
    }

    public void actForNoClinic() {
        clinic.remove();
        account.remove();
        username.remove();
    }

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public String username() {
        return username.get() != null ? username.get() : "test-" + clinic().orElse("platform");
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
