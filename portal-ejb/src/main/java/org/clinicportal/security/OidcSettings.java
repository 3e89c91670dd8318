package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and how the portal identifies itself to it. Read from the
 * environment (PORTAL_OIDC_PROVIDER_URI, PORTAL_OIDC_CLIENT_ID, PORTAL_OIDC_CLIENT_SECRET) and
 * resolved by name from the authentication mechanism's definition.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    private String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "clinic-portal")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    private String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The Keycloak server, without the realm. */
    public String serverUrl() {
        return providerUri.substring(0, providerUri.indexOf("/realms/"));
    }

    /** The realm the portal's users sign in to. */
    public String realm() {
        return providerUri.substring(providerUri.indexOf("/realms/") + "/realms/".length());
    }

    /** The provider's origin, the one other place the portal's pages may send a form to. */
    public String providerOrigin() {
        URI uri = URI.create(providerUri);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
