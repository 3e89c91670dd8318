package org.clinicportal.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where the stack's parts live and how they are reached. Paths come from the Maven build (system
 * properties); ports, credentials and external servers from the same PORTAL_* environment
 * variables the application reads in production.
 *
 * @param fresh whether to start from empty data (tests) or keep what the last run left (run command)
 * @param httpPort where users reach the portal: its node, or with several nodes the load balancer
 * @param nodes how many portal nodes start with the stack
 * @param gridPort the first node's data-grid port; the next node takes the next port
 * @param balancerPort where HAProxy listens when the portal runs behind it
 * @param smtpPort where the development mail server takes mail
 * @param mailApiPort where the development mail server shows what it took (its API and web page)
 * @param externalSmtpHost a real SMTP server (PORTAL_SMTP_HOST), instead of the development one
 */
record StackSettings(
        Path dir,
        Path keycloakHome,
        Path realmDir,
        Path prebootFile,
        Path payaraJar,
        Path mailJar,
        Path war,
        boolean fresh,
        int databasePort,
        int keycloakPort,
        int httpPort,
        int nodes,
        int gridPort,
        int balancerPort,
        int smtpPort,
        int mailApiPort,
        Optional<String> externalDatabaseUrl,
        Optional<String> externalProviderUri,
        Optional<String> externalSmtpHost,
        Credentials credentials) {

    static final String REALM = "clinic-portal";

    /** Nodes a cluster may have; the grid lists each one's address so that a restarted node finds the others at once. */
    static final int MAX_NODES = 2;

    /** A portal node: its HTTP port, its data-grid port, its Payara root directory and its log. */
    record Node(int number, int httpPort, int gridPort) {

        String name() {
            return "node-" + number;
        }

        String rootDir() {
            return "payara-" + name();
        }

        String logFile() {
            return number == 1 ? "portal.log" : "portal-" + name() + ".log";
        }

        String url() {
            return "http://127.0.0.1:" + httpPort;
        }
    }

    /**
     * Database roles and the secrets of the portal's two Keycloak clients: development values, the only place they
     * are written down, overridable from the environment.
     */
    record Credentials(
            String appUser,
            String appPassword,
            String ownerUser,
            String ownerPassword,
            String clientSecret,
            String adminClientSecret) {

        static Credentials from(Map<String, String> env) {
            return new Credentials(
                    env.getOrDefault("PORTAL_DB_USER", "portal_app"),
                    env.getOrDefault("PORTAL_DB_PASSWORD", "portal_app"),
                    env.getOrDefault("PORTAL_DB_OWNER_USER", "portal_owner"),
                    env.getOrDefault("PORTAL_DB_OWNER_PASSWORD", "portal_owner"),
                    env.getOrDefault("PORTAL_OIDC_CLIENT_SECRET", "clinic-portal-dev-secret"),
                    env.getOrDefault("PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET", "clinic-portal-admin-dev-secret"));
        }
    }

    /** The run command's stack: fixed ports, data kept in .run/ between starts. */
    static StackSettings forRun() {
        Map<String, String> env = System.getenv();
        int nodes = nodes(env);
        int httpPort = port(env, "PORTAL_HTTP_PORT", 8080);
        return new StackSettings(
                path("portal.stack.dir"),
                path("portal.keycloak.home"),
                path("portal.realm.dir"),
                path("portal.preboot.file"),
                path("portal.payara.jar"),
                path("portal.mail.jar"),
                path("portal.war"),
                false,
                port(env, "PORTAL_DB_PORT", 5433),
                port(env, "PORTAL_KEYCLOAK_PORT", 8180),
                httpPort,
                nodes,
                port(env, "PORTAL_GRID_PORT", 6900),
                httpPort,
                port(env, "PORTAL_SMTP_PORT", 2525),
                port(env, "PORTAL_MAIL_WEB_PORT", 8025),
                Optional.ofNullable(env.get("PORTAL_DB_URL")),
                Optional.ofNullable(env.get("PORTAL_OIDC_PROVIDER_URI")),
                Optional.ofNullable(env.get("PORTAL_SMTP_HOST")),
                Credentials.from(env));
    }

    /** The integration tests' stack: its own ports beside a running dev stack, and empty data every time. */
    static StackSettings forTests() {
        return new StackSettings(
                path("portal.stack.dir"),
                path("portal.keycloak.home"),
                path("portal.realm.dir"),
                path("portal.preboot.file"),
                path("portal.payara.jar"),
                path("portal.mail.jar"),
                path("portal.war"),
                true,
                15433,
                18180,
                18080,
                1,
                16900,
                18090,
                12525,
                18025,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Credentials.from(Map.of()));
    }

    /** Whether the Maven build handed over the paths a stack needs. */
    static boolean configured() {
        return System.getProperty("portal.stack.dir") != null;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /**
     * Node 1, 2, ...: behind the load balancer of the run command they take the ports after its own (8081, 8082);
     * alone, or in the tests, node 1 is where users go and a second node takes the next port.
     */
    Node node(int number) {
        int first = nodes > 1 ? httpPort + 1 : httpPort;
        return new Node(number, first + number - 1, gridPort + number - 1);
    }

    String clusterName() {
        return fresh ? "clinic-portal-tests" : "clinic-portal";
    }

    String gridMembers() {
        return String.join(
                ",",
                IntStream.range(0, MAX_NODES)
                        .mapToObj(i -> "127.0.0.1:" + (gridPort + i))
                        .toList());
    }

    String balancerUrl() {
        return "http://127.0.0.1:" + balancerPort;
    }

    String smtpHost() {
        return externalSmtpHost.orElse("127.0.0.1");
    }

    /**
     * The PORTAL_SMTP_* variables for the portal and Keycloak: the development mail server's (plain SMTP, no sign-in),
     * or, with PORTAL_SMTP_HOST naming a real server, the operator's own.
     */
    Map<String, String> mailEnvironment() {
        Map<String, String> mail = new HashMap<>(Map.of(
                "PORTAL_SMTP_HOST",
                smtpHost(),
                "PORTAL_SMTP_PORT",
                Integer.toString(smtpPort),
                "PORTAL_SMTP_FROM",
                "portal@clinicportal.test",
                "PORTAL_SMTP_AUTH",
                "false",
                "PORTAL_SMTP_STARTTLS",
                "false"));
        if (externalSmtpHost.isPresent()) {
            System.getenv().forEach((name, value) -> {
                if (name.startsWith("PORTAL_SMTP_")) {
                    mail.put(name, value);
                }
            });
        }
        return mail;
    }

    /** The development mail server's API and web page, where the messages it took can be read. */
    String mailApiUrl() {
        return "http://127.0.0.1:" + mailApiPort;
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

    private static int nodes(Map<String, String> env) {
        String value = env.getOrDefault("PORTAL_NODES", "1").strip();
        if (!value.equals("1") && !value.equals("2")) {
            throw new StackException(
                    "PORTAL_NODES is 1 (the default) or 2 (two nodes behind HAProxy), not \"" + value + "\"");
        }
        return Integer.parseInt(value);
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
