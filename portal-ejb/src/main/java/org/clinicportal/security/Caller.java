package org.clinicportal.security;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user of the current request, as the identity provider asserted it.
 * The clinic is the tenant every clinic-owned read and write is scoped to.
 */
public interface Caller {

    boolean isAuthenticated();

    String username();

    /** The name to greet the user with. */
    String displayName();

    /** The identity provider's id of the user (the token's subject), which links a patient to their record. */
    Optional<String> account();

    /** The clinic slug from the token's {@code clinic} claim; empty for platform admins. */
    Optional<String> clinic();

    /** The portal roles the caller holds, in the order of {@link Role}. */
    Set<Role> roles();
}
