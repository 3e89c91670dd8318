package org.clinicportal.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stack's Keycloak: the server distribution in development mode on 127.0.0.1, with the
 * clinic-portal realm and its demo users imported from the repository, or an external server named by
 * PORTAL_OIDC_PROVIDER_URI. Keycloak imports a realm only once; when the realm file changes, the
 * local Keycloak data is reset so the new realm (and its demo users) take effect.
 */
final class Keycloak implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final ServerProcess process;

    private Keycloak(ServerProcess process) {
        this.process = process;
    }

    static Keycloak start(StackSettings settings) {
        if (settings.externalProviderUri().isPresent()) {
            requireReachable(settings);
            return new Keycloak(null);
        }
        ServerProcess.requireFreePort(settings.keycloakPort(), "Keycloak", "PORTAL_KEYCLOAK_PORT");
        Path home = settings.keycloakHome();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new StackException("Keycloak is not unpacked at " + home + ": run the README's run command from the "
                    + "repository root, which unpacks it.");
        }
        prepareRealmImport(settings);
        ServerProcess process = ServerProcess.start(
                "Keycloak",
                List.of(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + settings.keycloakPort(),
                        "--import-realm"),
                environment(settings),
                home,
                settings.logs().resolve("keycloak.log"));
        return new Keycloak(process);
    }

    private static Map<String, String> environment(StackSettings settings) {
        Map<String, String> env = new HashMap<>(settings.mailEnvironment());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("PORTAL_BASE_URL", settings.baseUrl());
        env.put("PORTAL_OIDC_CLIENT_SECRET", settings.credentials().clientSecret());
        env.put("PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET", settings.credentials().adminClientSecret());
        return env;
    }

    void awaitReady(StackSettings settings) {
        if (process != null) {
            process.awaitReady(wellKnown(settings), START_TIMEOUT, List.of());
            if (!Files.exists(importMarker(settings))) {
                bootstrap(settings, List.of());
            }
            recordImportedRealm(settings);
        }
    }

    /**
     * Runs docker/keycloak/bootstrap.sh as an operator does after the realm's first import: it gives the portal's
     * account service its permissions and, with arguments, creates a platform admin.
     */
    static void bootstrap(StackSettings settings, List<String> arguments) {
        List<String> command = new ArrayList<>(
                List.of("bash", settings.realmDir().resolve("bootstrap.sh").toString()));
        command.addAll(arguments);
        Path log = settings.logs().resolve("keycloak-bootstrap.log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment()
                    .putAll(Map.of(
                            "KEYCLOAK_HOME",
                            settings.keycloakHome().toString(),
                            "KEYCLOAK_URL",
                            settings.providerUri()
                                    .substring(0, settings.providerUri().indexOf("/realms/")),
                            "KEYCLOAK_ADMIN_USER",
                            "admin",
                            "KEYCLOAK_ADMIN_PASSWORD",
                            "admin",
                            "PORTAL_BASE_URL",
                            settings.baseUrl(),
                            "JAVA_HOME",
                            System.getProperty("java.home")));
            Process bootstrap = builder.start();
            if (!bootstrap.waitFor(3, TimeUnit.MINUTES) || bootstrap.exitValue() != 0) {
                throw new StackException("docker/keycloak/bootstrap.sh failed: see " + log);
            }
        } catch (IOException e) {
            throw new StackException("Cannot run docker/keycloak/bootstrap.sh: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while bootstrapping Keycloak", e);
        }
    }

    private static Path importMarker(StackSettings settings) {
        return settings.keycloakHome().resolve("data/clinic-portal-realm.sha256");
    }

    private static URI wellKnown(StackSettings settings) {
        return URI.create(settings.providerUri() + "/.well-known/openid-configuration");
    }

    private static void requireReachable(StackSettings settings) {
        if (!ServerProcess.answers(wellKnown(settings))) {
            throw new StackException(
                    "Keycloak at " + settings.providerUri() + " is not reachable (no OpenID configuration at "
                            + wellKnown(settings) + "). Start it, or fix PORTAL_OIDC_PROVIDER_URI.");
        }
    }

    /** The realm (client, roles, user profile) and, for development and tests, the demo users. */
    private static List<Path> realmFiles(StackSettings settings) {
        return List.of(
                settings.realmDir().resolve("clinic-portal-realm.json"),
                settings.realmDir().resolve("demo/clinic-portal-users-0.json"));
    }

    private static void prepareRealmImport(StackSettings settings) {
        Path data = settings.keycloakHome().resolve("data");
        try {
            String wanted = digest(realmFiles(settings));
            Path marker = importMarker(settings);
            if (Files.exists(marker) && !Files.readString(marker).equals(wanted)) {
                System.out.println(
                        "The realm files changed since Keycloak imported them: resetting Keycloak's local data.");
                deleteTree(data.resolve("h2"));
                Files.delete(marker);
            }
            Path imports = Files.createDirectories(data.resolve("import"));
            for (Path file : realmFiles(settings)) {
                Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StackException(
                    "Cannot prepare the Keycloak realm import from " + settings.realmDir() + ": " + e.getMessage(), e);
        }
    }

    private static void recordImportedRealm(StackSettings settings) {
        try {
            Files.writeString(importMarker(settings), digest(realmFiles(settings)));
        } catch (IOException e) {
            throw new StackException("Cannot record the imported realm: " + e.getMessage(), e);
        }
    }

    private static String digest(List<Path> files) throws IOException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha256.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
