package org.clinicportal.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application: Payara Micro with the built WAR at the root context, listening on 127.0.0.1
 * only, configured through the same PORTAL_* environment variables as in production. A node of a
 * cluster joins the others through Payara's data grid (Hazelcast) on 127.0.0.1, which replicates
 * the web sessions and EclipseLink's cache changes; a single node runs without the grid.
 */
final class Portal implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /** What Payara Micro logs when the WAR did not deploy; it keeps running without it. */
    private static final List<String> DEPLOYMENT_FAILED = List.of(
            "Exception while preparing the app",
            "Exception while loading the app",
            "Exception during lifecycle processing");

    private final ServerProcess process;
    private final StackSettings.Node node;

    private Portal(ServerProcess process, StackSettings.Node node) {
        this.process = process;
        this.node = node;
    }

    /**
     * The data grid, which Payara starts even for a single node: on 127.0.0.1 only (grid.properties keeps it off
     * every other interface), members found by address (no multicast), and backups kept on the other node
     * although both share an address, so that killing one loses no session.
     */
    private static List<String> gridOptions(StackSettings settings, StackSettings.Node node, String clusterName) {
        return List.of(
                "--name",
                node.name(),
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:" + settings.gridMembers(),
                "--interfaces",
                "127.0.0.1",
                "--startport",
                Integer.toString(node.gridPort()),
                "--nohostaware",
                "--systemproperties",
                settings.prebootFile().resolveSibling("grid.properties").toString());
    }

    static Portal start(StackSettings settings, StackSettings.Node node) {
        return start(settings, node, environment(settings), settings.clusterName());
    }

    /**
     * A node started as an operator who forgot a setting would start it: without the variable, in a data grid of
     * its own so that it cannot join the running nodes.
     */
    static Portal startWithout(StackSettings settings, StackSettings.Node node, String variable) {
        Map<String, String> env = environment(settings);
        env.remove(variable);
        return start(settings, node, env, settings.clusterName() + "-without-" + variable.toLowerCase(Locale.ROOT));
    }

    private static Portal start(
            StackSettings settings, StackSettings.Node node, Map<String, String> environment, String clusterName) {
        ServerProcess.requireFreePort(node.httpPort(), "the portal", "PORTAL_HTTP_PORT");
        if (!Files.isRegularFile(settings.war())) {
            throw new StackException(
                    "The portal WAR is missing at " + settings.war() + ": build it with the README's run command.");
        }
        Path root = settings.dir().resolve(node.rootDir());
        try {
            // Payara redeploys whatever its root directory holds: start from a clean one, with only this WAR.
            if (Files.exists(root)) {
                deleteTree(root);
            }
            Files.createDirectories(root);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-jar",
                    settings.payaraJar().toString(),
                    "--rootdir",
                    root.toString(),
                    "--port",
                    Integer.toString(node.httpPort()),
                    "--prebootcommandfile",
                    settings.prebootFile().toString()));
            command.addAll(gridOptions(settings, node, clusterName));
            command.addAll(List.of("--deploy", settings.war().toString(), "--contextroot", "/"));
            ServerProcess process = ServerProcess.start(
                    "Payara Micro " + node.name(),
                    command,
                    environment,
                    root,
                    settings.logs().resolve(node.logFile()));
            return new Portal(process, node);
        } catch (IOException e) {
            throw new StackException("Cannot prepare Payara Micro in " + root + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Map<String, String> environment(StackSettings settings) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DB_URL", settings.databaseUrl());
        env.put("PORTAL_DB_USER", settings.credentials().appUser());
        env.put("PORTAL_DB_PASSWORD", settings.credentials().appPassword());
        env.put("PORTAL_DB_OWNER_USER", settings.credentials().ownerUser());
        env.put("PORTAL_DB_OWNER_PASSWORD", settings.credentials().ownerPassword());
        env.put("PORTAL_OIDC_PROVIDER_URI", settings.providerUri());
        env.put("PORTAL_OIDC_CLIENT_SECRET", settings.credentials().clientSecret());
        env.put("PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET", settings.credentials().adminClientSecret());
        env.put("PORTAL_BASE_URL", settings.baseUrl());
        env.putAll(settings.mailEnvironment());
        env.put("PORTAL_DEMO_DATA", System.getenv().getOrDefault("PORTAL_DEMO_DATA", "true"));
        // A log line per request with its statements and database time: the tests and the benchmark read them.
        env.put("PORTAL_REQUEST_STATISTICS", System.getenv().getOrDefault("PORTAL_REQUEST_STATISTICS", "true"));
        return env;
    }

    void awaitReady() {
        process.awaitReady(URI.create(node.url() + "/health/ready"), START_TIMEOUT, DEPLOYMENT_FAILED);
    }

    /** Waits for the log line with the marker, e.g. the portal's refusal to start, and returns it. */
    String awaitLogLine(String marker) {
        return process.awaitLogLine(marker, START_TIMEOUT);
    }

    long pid() {
        return process.pid();
    }

    StackSettings.Node node() {
        return node;
    }

    /** Kills the node at once (SIGKILL), for failover tests. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
