package org.clinicportal.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The mail server, PostgreSQL, Keycloak and the portal, started in the order they depend on each other and
 * stopped in reverse. Keycloak boots while PostgreSQL and the portal start. With two nodes, both boot
 * at once and HAProxy starts in front of them when they are ready.
 */
public final class PortalStack implements AutoCloseable {

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<Integer, Portal> nodes = new TreeMap<>();
    private Keycloak keycloak;
    private Database database;
    private LoadBalancer balancer;
    private MailServer mail;

    private PortalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** The stack the run command starts: data kept between runs, external servers honoured. */
    public static PortalStack forRun() {
        return new PortalStack(StackSettings.forRun());
    }

    /** The stack the integration tests start: empty data, ports of its own. */
    public static PortalStack forTests() {
        return new PortalStack(StackSettings.forTests());
    }

    /** Whether the Maven build handed over the paths a stack needs (the failsafe and run configurations do). */
    public static boolean configured() {
        return StackSettings.configured();
    }

    /** Starts every part and waits until all are ready; on failure stops what did start. */
    public synchronized void start() {
        try {
            mail = track(MailServer.start(settings));
            keycloak = track(Keycloak.start(settings));
            database = track(Database.start(settings));
            for (int number = 1; number <= settings.nodes(); number++) {
                nodes.put(number, track(Portal.start(settings, settings.node(number))));
            }
            keycloak.awaitReady(settings);
            nodes.values().forEach(Portal::awaitReady);
            if (settings.nodes() > 1) {
                balancer = track(LoadBalancer.start(
                        settings, nodes.values().stream().map(Portal::node).toList()));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops Keycloak, for tests of how the portal behaves while its sign-in service is down. */
    public synchronized void stopKeycloak() {
        started.remove(keycloak);
        keycloak.close();
    }

    /** Stops the development mail server, for tests of how the portal behaves when mail cannot be sent. */
    public synchronized void stopMailServer() {
        started.remove(mail);
        mail.close();
    }

    /** Starts the development mail server again (empty: it keeps mail in memory). */
    public synchronized void startMailServer() {
        mail = track(MailServer.start(settings));
    }

    /** Starts the stopped Keycloak again, with its data as it was, and waits until it answers. */
    public synchronized void startKeycloak() {
        keycloak = track(Keycloak.start(settings));
        keycloak.awaitReady(settings);
    }

    /**
     * Adds a second node to the tests' one and HAProxy in front of both, for failover tests; returns the
     * balancer's address. {@link #stopCluster()} goes back to the one node the other tests use.
     */
    public synchronized String startCluster() {
        Portal second = track(Portal.start(settings, settings.node(2)));
        nodes.put(2, second);
        second.awaitReady();
        balancer = track(LoadBalancer.start(
                settings, nodes.values().stream().map(Portal::node).toList()));
        return balancer.url();
    }

    /**
     * Starts one more node without the environment variable, waits for the log line that has the marker and
     * returns it, and stops the node again.
     */
    public String startNodeWithout(String variable, String marker) {
        try (Portal refusing = Portal.startWithout(settings, settings.node(3), variable)) {
            return refusing.awaitLogLine(marker);
        }
    }

    /** The process of a running node, to see what it listens on. */
    public synchronized ProcessHandle nodeProcess(int number) {
        return ProcessHandle.of(nodes.get(number).pid())
                .orElseThrow(() -> new StackException("Node " + number + " is not running"));
    }

    /** Runs docker/keycloak/bootstrap.sh again, as an operator does after upgrading an installation. */
    public void bootstrapKeycloak() {
        Keycloak.bootstrap(settings, List.of());
    }

    /**
     * Creates a platform admin with docker/keycloak/bootstrap.sh, as an operator creates the first one; Keycloak
     * emails them a link to choose a password.
     */
    public void bootstrapPlatformAdmin(String username, String email, String givenName, String familyName) {
        Keycloak.bootstrap(settings, List.of("--platform-admin", username, email, givenName, familyName));
    }

    /** Starts HAProxy ending TLS with the certificate in front of node 1; the caller closes it. */
    public synchronized TlsProxy startTlsProxy(int port, SelfSignedCertificate certificate) {
        return track(TlsProxy.start(settings, settings.node(1), port, certificate));
    }

    /** Restarts PostgreSQL, cutting every open connection, down for the given time. */
    public synchronized void restartDatabase(Duration down) {
        database.restart(down);
    }

    /** Kills a node with SIGKILL, mid-request, as a crash would. */
    public synchronized void killNode(int number) {
        Portal node = nodes.remove(number);
        started.remove(node);
        node.kill();
    }

    /** Starts a killed node again from a clean root directory; returns once it answers ready. */
    public synchronized void restartNode(int number) {
        Portal node = track(Portal.start(settings, settings.node(number)));
        nodes.put(number, node);
        node.awaitReady();
    }

    /** Where one node's data grid listens. */
    public String nodeGridAddress(int number) {
        return "127.0.0.1:" + settings.node(number).gridPort();
    }

    /** The address of one node, bypassing the load balancer. */
    public String nodeUrl(int number) {
        return settings.node(number).url();
    }

    public synchronized void stopCluster() {
        for (AutoCloseable part :
                Stream.of(balancer, nodes.remove(2)).filter(Objects::nonNull).toList()) {
            started.remove(part);
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("A part of the cluster did not stop cleanly: " + e.getMessage());
            }
        }
        balancer = null;
    }

    private <T extends AutoCloseable> T track(T part) {
        started.push(part);
        return part;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    /** Where HAProxy takes users when the portal runs on two nodes. */
    public String balancerUrl() {
        return settings.balancerUrl();
    }

    /** The portal's log, for tests that check what a request leaves in it. */
    public Path portalLog() {
        return settings.logs().resolve("portal.log");
    }

    public String databaseUrl() {
        return settings.databaseUrl();
    }

    /** Where the development mail server shows the messages it took (GreenMail's API). */
    public String mailApiUrl() {
        return settings.mailApiUrl();
    }

    public String providerUri() {
        return settings.providerUri();
    }

    /** The secret of the portal's account service client in Keycloak (clinic-portal-admin). */
    public String adminClientSecret() {
        return settings.credentials().adminClientSecret();
    }

    /** The demo users' file the test realm imports; its credentials serve users the tests add. */
    public Path demoUsersFile() {
        return settings.realmDir().resolve("demo/clinic-portal-users-0.json");
    }

    public String databaseUser() {
        return settings.credentials().appUser();
    }

    public String databasePassword() {
        return settings.credentials().appPassword();
    }

    public String databaseOwner() {
        return settings.credentials().ownerUser();
    }

    public String databaseOwnerPassword() {
        return settings.credentials().ownerPassword();
    }

    public String clientSecret() {
        return settings.credentials().clientSecret();
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("A part of the stack did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
