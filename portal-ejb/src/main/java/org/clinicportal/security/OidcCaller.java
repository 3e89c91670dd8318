package org.clinicportal.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller as Keycloak's OpenID Connect tokens describe them: roles from the {@code groups}
 * claim (turned into container roles by the authentication mechanism), clinic from the
 * {@code clinic} claim.
 */
@RequestScoped
public class OidcCaller implements Caller {

    static final String CLINIC_CLAIM = "clinic";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OpenIdContext openIdContext;

    /** Looked up once per request: each role asks the container's authorization policy, and a page asks often. */
    private Set<Role> roles;

    @Override
    public boolean isAuthenticated() {
        return securityContext.getCallerPrincipal() != null;
    }

    @Override
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    @Override
    public String displayName() {
        return claims().flatMap(claims -> claims.getName()
                        .or(() -> claims.getGivenName()
                                .map(given -> given
                                        + claims.getFamilyName()
                                                .map(" "::concat)
                                                .orElse(""))))
                .orElseGet(this::username);
    }

    @Override
    public Optional<String> account() {
        return isAuthenticated() ? Optional.ofNullable(openIdContext.getSubject()) : Optional.empty();
    }

    @Override
    public Optional<String> clinic() {
        return claims().flatMap(claims -> claims.getStringClaim(CLINIC_CLAIM)).filter(slug -> !slug.isBlank());
    }

    @Override
    public Set<Role> roles() {
        if (!isAuthenticated()) {
            return Set.of();
        }
        if (roles == null) {
            Set<Role> held = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (securityContext.isCallerInRole(role.roleName())) {
                    held.add(role);
                }
            }
            roles = Collections.unmodifiableSet(held);
        }
        return roles;
    }

    /**
     * The token's claims, which live in the user's session. Work a request hands to a managed executor keeps the
     * caller's identity but has no session: it reads no claims (and so no clinic), and names its clinic itself.
     */
    private Optional<OpenIdClaims> claims() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(openIdContext.getClaims());
        } catch (ContextNotActiveException outsideTheSession) {
            return Optional.empty();
        }
    }
}
