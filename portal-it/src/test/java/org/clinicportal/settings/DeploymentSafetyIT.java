package org.clinicportal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.ListeningSockets;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.Test;

/**
 * The portal as an operator deploys it: it refuses to start without its secrets and says which one is missing,
 * and once started it listens only where it is meant to, and serves nothing that is not the portal.
 */
class DeploymentSafetyIT {

    @Test
    void withoutTheClientSecretThePortalRefusesToStartAndNamesTheVariable() {
        String refusal =
                StackSession.current().startNodeWithout("PORTAL_OIDC_CLIENT_SECRET", "Clinic Portal will not start");

        assertTrue(refusal.contains("PORTAL_OIDC_CLIENT_SECRET"), refusal);
        assertFalse(
                refusal.contains("PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET"), "only what is missing is named: " + refusal);
    }

    @Test
    void aStartedNodeListensOnlyForItsUsersAndItsDataGridOnLoopback() {
        PortalStack stack = StackSession.current();

        Set<String> sockets = ListeningSockets.of(stack.nodeProcess(1));

        assertEquals(Set.of(URI.create(stack.nodeUrl(1)).getAuthority(), stack.nodeGridAddress(1)), sockets);
    }

    @Test
    void theServersOwnEndpointsAreNotServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/openapi/", "/openapi", "/metrics", "/metrics/base")) {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(StackSession.current().nodeUrl(1) + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertTrue(
                    answer.statusCode() == 404 || answer.statusCode() == 403, path + " answers " + answer.statusCode());
        }
    }
}
