package org.clinicportal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The portal's single authentication mechanism: Keycloak's authorization-code flow with a
 * confidential client. Realm roles arrive in the {@code groups} claim and become container roles;
 * logging out also ends the Keycloak session, so the next visit asks for the password again.
 * After login the callback lands on {@link HomeRouter}: replaying the original request breaks in
 * Soteria (its restored request has no parameters) and would leave the one-time code in the address.
 */
@ApplicationScoped
@DeclareRoles({Role.PLATFORM_ADMIN_NAME, Role.CLINIC_ADMIN_NAME, Role.THERAPIST_NAME, Role.PATIENT_NAME})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        scope = {"openid", "profile", "email"},
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "preferred_username",
                        callerGroupsClaim = PortalAuthentication.GROUPS_CLAIM),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        tokenMinValidity = 10_000)
public class PortalAuthentication {

    /** Where Keycloak puts the caller's realm roles. */
    static final String GROUPS_CLAIM = "groups";
}
