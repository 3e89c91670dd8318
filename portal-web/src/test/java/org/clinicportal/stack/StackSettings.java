package org.clinicportal.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack's parts live and how they are reached. Paths come from the Maven build (system
 * properties); ports, credentials and external servers from the same PORTAL_* environment
 * variables the application reads in production.
 *
 * @param fresh whether to start from empty data (tests) or keep what the last run left (run command)
 */
record StackSettings(
        Path dir,
        Path keycloakHome,
        Path realmDir,
        Path prebootFile,
        Path payaraJar,
        Path war,
        boolean fresh,
        int databasePort,
        int keycloakPort,
        int httpPort,
        Optional<String> externalDatabaseUrl,
        Optional<String> externalProviderUri,
        Credentials credentials) {

    static final String REALM = "clinic-portal";

    /** Database roles and the OIDC client secret: development defaults, overridable from the environment. */
    record Credentials(String appUser, String appPassword, String ownerUser, String ownerPassword, String clientSecret) {

        static Credentials from(Map<String, String> env) {
            return new Credentials(
                    env.getOrDefault("PORTAL_DB_USER", "portal_app"),
                    env.getOrDefault("PORTAL_DB_PASSWORD", "portal_app"),
                    env.getOrDefault("PORTAL_DB_OWNER_USER", "portal_owner"),
                    env.getOrDefault("PORTAL_DB_OWNER_PASSWORD", "portal_owner"),
                    env.getOrDefault("PORTAL_OIDC_CLIENT_SECRET", "clinic-portal-dev-secret"));
        }
    }

    /** The run command's stack: fixed ports, data kept in .run/ between starts. */
    static StackSettings forRun() {
        Map<String, String> env = System.getenv();
        return new StackSettings(path("portal.stack.dir"), path("portal.keycloak.home"), path("portal.realm.dir"),
                path("portal.preboot.file"), path("portal.payara.jar"), path("portal.war"), false,
                port(env, "PORTAL_DB_PORT", 5433), port(env, "PORTAL_KEYCLOAK_PORT", 8180), port(env, "PORTAL_HTTP_PORT", 8080),
                Optional.ofNullable(env.get("PORTAL_DB_URL")), Optional.ofNullable(env.get("PORTAL_OIDC_PROVIDER_URI")),
                Credentials.from(env));
    }

    /** The integration tests' stack: its own ports beside a running dev stack, and empty data every time. */
    static StackSettings forTests() {
        return new StackSettings(path("portal.stack.dir"), path("portal.keycloak.home"), path("portal.realm.dir"),
                path("portal.preboot.file"), path("portal.payara.jar"), path("portal.war"), true, 15433, 18180, 18080,
                Optional.empty(), Optional.empty(), Credentials.from(Map.of()));
    }

    /** Whether the Maven build handed over the paths a stack needs (the failsafe and run configurations do). */
    static boolean configured() {
        return System.getProperty("portal.stack.dir") != null;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String databaseUrl() {
        return externalDatabaseUrl.orElse("jdbc:postgresql://127.0.0.1:" + databasePort + "/portal");
    }

    String providerUri() {
        return externalProviderUri.orElse("http://127.0.0.1:" + keycloakPort + "/realms/" + REALM);
    }

    Path logs() {
        return dir.resolve("logs");
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new StackException("System property " + property + " is not set: start the stack through Maven "
                    + "(see README, \"Run it\").");
        }
        return Path.of(value);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a port number, not \"" + value + "\"");
        }
    }
}
