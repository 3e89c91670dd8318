package org.clinicportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm as its file states it: a user profile whose every attribute has a readable label (so no form ever
 * shows a raw "firstName"); the password policy, brute-force guard and session lifetimes written out rather
 * than left to Keycloak's defaults; a second factor for every role but patients; demo staff able to give it.
 */
class RealmProfileTest {

    private static final Path REALM = Path.of("..", "docker", "keycloak", "clinic-portal-realm.json");
    private static final Path DEMO_USERS = Path.of("..", "docker", "keycloak", "demo", "clinic-portal-users-0.json");

    @Test
    void everyAttributeOfTheUserProfileHasAReadableLabel() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(REALM.toFile());
        JsonNode profile = json.readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0)
                .path("config")
                .path("kc.user.profile.config")
                .path(0)
                .asText());
        JsonNode attributes = profile.path("attributes");
        assertFalse(attributes.isEmpty(), "the realm declares its user profile");
        for (JsonNode attribute : attributes) {
            String label = attribute.path("displayName").asText("");
            assertTrue(
                    !label.isBlank() && !label.equals(attribute.path("name").asText()),
                    attribute.path("name").asText() + " has no readable label");
        }
    }

    @Test
    void passwordsBruteForceAndSessionLifetimesAreStatedInTheRealmFile() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        String policy = realm.path("passwordPolicy").asText();
        for (String rule : List.of("length(12)", "notUsername", "notEmail", "passwordHistory")) {
            assertTrue(policy.contains(rule), "password policy has " + rule + ": " + policy);
        }
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        for (String setting : List.of(
                "failureFactor",
                "waitIncrementSeconds",
                "maxFailureWaitSeconds",
                "accessTokenLifespan",
                "ssoSessionIdleTimeout",
                "ssoSessionMaxLifespan",
                "actionTokenGeneratedByAdminLifespan")) {
            assertTrue(realm.path(setting).isNumber(), setting + " is stated");
        }
        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(true), "a one-time code is taken once");
    }

    @Test
    void everyoneButPatientsGivesASecondFactor() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        String browserFlow = realm.path("browserFlow").asText();
        JsonNode flows = realm.path("authenticationFlows");
        assertTrue(
                flowNamed(flows, browserFlow).path("topLevel").asBoolean(), "the realm signs in through its own flow");
        JsonNode secondFactor = flowNamed(flows, "portal staff second factor").path("authenticationExecutions");
        assertEquals(
                "conditional-user-role",
                secondFactor.path(0).path("authenticator").asText());
        assertEquals("auth-otp-form", secondFactor.path(1).path("authenticator").asText());
        JsonNode condition = realm.path("authenticatorConfig").findValues("config").stream()
                .filter(config -> config.has("condUserRole"))
                .findFirst()
                .orElseThrow();
        assertEquals("patient", condition.path("condUserRole").asText());
        assertEquals("true", condition.path("negate").asText(), "every role but patients");

        for (JsonNode user : new ObjectMapper().readTree(DEMO_USERS.toFile()).path("users")) {
            boolean patient = user.path("realmRoles").toString().contains("\"patient\"");
            boolean hasSecondFactor =
                    user.path("credentials").findValuesAsText("type").contains("otp");
            assertEquals(!patient, hasSecondFactor, user.path("username").asText() + " can sign in with the demo key");
        }
    }

    private static JsonNode flowNamed(JsonNode flows, String alias) {
        for (JsonNode flow : flows) {
            if (flow.path("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + alias);
    }
}
