package org.clinicportal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator's Keycloak scripts refuse to run without what they need and say which variable is missing,
 * before they start anything: Keycloak would otherwise import the realm with unresolved secrets.
 */
class KeycloakScriptsTest {

    private static final Path SCRIPTS = Path.of("..", "docker", "keycloak");

    private static final Map<String, String> REALM_SETTINGS = Map.of(
            "PORTAL_BASE_URL",
            "https://portal.example.org",
            "PORTAL_OIDC_CLIENT_SECRET",
            "s1",
            "PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET",
            "s2",
            "PORTAL_SMTP_HOST",
            "smtp.example.org",
            "PORTAL_SMTP_FROM",
            "portal@example.org");

    private record Outcome(int exitCode, String output) {}

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PORTAL_BASE_URL",
                "PORTAL_OIDC_CLIENT_SECRET",
                "PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET",
                "PORTAL_SMTP_HOST",
                "PORTAL_SMTP_FROM"
            })
    void keycloakDoesNotStartWithoutAValueOfTheRealmAndNamesIt(String variable) throws Exception {
        Map<String, String> env = new HashMap<>(REALM_SETTINGS);
        env.remove(variable);

        Outcome outcome = run("start-keycloak.sh", env, List.of());

        assertEquals(1, outcome.exitCode());
        assertEquals(
                "Keycloak will not start: set " + variable + " (see the README, \"Production\").",
                outcome.output().strip());
    }

    @Test
    void theBootstrapNamesTheAdministratorsMissingPassword() throws Exception {
        Outcome outcome = run(
                "bootstrap.sh",
                Map.of(
                        "KEYCLOAK_URL",
                        "http://127.0.0.1:1",
                        "KEYCLOAK_ADMIN_USER",
                        "admin",
                        "PORTAL_BASE_URL",
                        "https://portal.example.org"),
                List.of("--platform-admin", "ops", "ops@example.org", "Olu", "Adeyemi"));

        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.output().contains("Set KEYCLOAK_ADMIN_PASSWORD"), outcome.output());
    }

    /** Runs a script with only the given environment (and a PATH), as a fresh shell of an operator would. */
    private static Outcome run(String script, Map<String, String> env, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("KEYCLOAK_HOME", "/nonexistent");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), script + " did not end");
        return new Outcome(process.exitValue(), output);
    }
}
