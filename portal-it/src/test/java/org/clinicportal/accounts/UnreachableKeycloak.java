package org.clinicportal.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The portal's Keycloak connection aimed at a port where nothing listens, as when Keycloak is down:
 * the real admin client makes real requests that fail to connect.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class UnreachableKeycloak extends KeycloakConnection {

    static final String ADDRESS = "http://127.0.0.1:9";

    private Keycloak keycloak;

    @Override
    public synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(ADDRESS)
                    .realm("clinic-portal")
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId("clinic-portal-admin")
                    .clientSecret("unused")
                    .build();
        }
        return keycloak.realm("clinic-portal");
    }

    @Override
    public String serverUrl() {
        return ADDRESS;
    }
}
