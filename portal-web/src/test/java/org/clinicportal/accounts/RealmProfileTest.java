package org.clinicportal.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The realm's user profile, as Keycloak's own forms show it: every attribute a person can be asked for
 * carries a display name from Keycloak's message bundle, so no form ever shows a raw "firstName".
 */
class RealmProfileTest {

    private static final Path REALM = Path.of("..", "docker", "keycloak", "clinic-portal-realm.json");

    @Test
    void everyAttributeOfTheUserProfileHasAReadableLabel() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(REALM.toFile());
        JsonNode profile = json.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .path(0).path("config").path("kc.user.profile.config").path(0).asText());
        JsonNode attributes = profile.path("attributes");
        assertFalse(attributes.isEmpty(), "the realm declares its user profile");
        for (JsonNode attribute : attributes) {
            String label = attribute.path("displayName").asText("");
            assertTrue(!label.isBlank() && !label.equals(attribute.path("name").asText()),
                    attribute.path("name").asText() + " has no readable label");
        }
    }
}
