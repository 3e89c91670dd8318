package org.clinicportal.accounts;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinicportal.security.OidcSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The portal's connection to Keycloak's admin API, as the service-account client
 * (PORTAL_KEYCLOAK_ADMIN_CLIENT_ID / PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET) of the realm the users
 * sign in to ({@link OidcSettings}). The secret is read from configuration and never logged.
 */
@ApplicationScoped
public class KeycloakConnection {

    @Inject
    private OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-id", defaultValue = "clinic-portal-admin")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-secret")
    private String clientSecret;

    private Keycloak keycloak;

    /** The realm the portal's users live in. */
    public synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(oidc.serverUrl())
                    .realm(oidc.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .build();
        }
        return keycloak.realm(oidc.realm());
    }

    /** Where Keycloak is, for messages that say which server did not answer. */
    public String serverUrl() {
        return oidc.serverUrl();
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
