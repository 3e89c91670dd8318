package org.clinicportal.accounts;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Runs keycloak-admin-client on Payara's own JAX-RS client (Jersey) instead of RESTEasy, which,
 * bundled into the WAR, would take over the application's JAX-RS runtime. Registered through the
 * admin client's SPI (META-INF/services). Auto-discovered JSON features are switched off so that
 * only {@link KeycloakJson} reads and writes JSON: the representations' Jackson annotations, not
 * JSON-B's defaults, decide their field names.
 */
public class JerseyKeycloakClient implements ResteasyClientProvider {

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .property("jersey.config.client.disableAutoDiscovery", true)
                .property("jersey.config.client.disableJsonBinding", true)
                // Keycloak removes role mappings with a DELETE that carries the roles in its body.
                .property("jersey.config.client.suppressHttpComplianceValidation", true)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .register(KeycloakJson.class, Priorities.ENTITY_CODER);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
        return WebResourceFactory.newResource(targetClass, target);
    }
}
