package org.clinicportal.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's package) in front of the portal's nodes, on 127.0.0.1. It routes only to nodes whose
 * readiness check answers, keeps a user on the node that has their session (a cookie) and, when that node
 * dies, sends them to another, which has the session from the data grid. A request whose connection a dead
 * node refused is sent again elsewhere; one the node may have begun is not, so that no write happens twice.
 */
final class LoadBalancer implements AutoCloseable {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private static final Pattern REQUEST_THREADS = Pattern.compile("http-thread-pool\\.max-thread-pool-size=(\\d+)");

    private final ServerProcess process;
    private final String url;

    private LoadBalancer(ServerProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    static LoadBalancer start(StackSettings settings, List<StackSettings.Node> nodes) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new StackException("Two nodes need HAProxy in front of them: install it (apt-get install haproxy).");
        }
        ServerProcess.requireFreePort(settings.balancerPort(), "HAProxy", "PORTAL_HTTP_PORT");
        Path config = settings.dir().resolve("haproxy.cfg");
        try {
            Files.createDirectories(settings.dir());
            Files.writeString(config, config(settings.balancerPort(), nodes, requestThreads(settings.prebootFile())));
        } catch (IOException e) {
            throw new StackException("Cannot write the HAProxy configuration " + config + ": " + e.getMessage(), e);
        }
        ServerProcess process = ServerProcess.start(
                "HAProxy",
                List.of(HAPROXY.toString(), "-db", "-f", config.toString()),
                Map.of(),
                settings.dir(),
                settings.logs().resolve("haproxy.log"));
        LoadBalancer balancer = new LoadBalancer(process, settings.balancerUrl());
        process.awaitReady(URI.create(balancer.url + "/health/ready"), Duration.ofSeconds(30), List.of("[ALERT]"));
        return balancer;
    }

    /**
     * Health checks every second, a node out after two failures and back after two answers; {@code redispatch}
     * with {@code retry-on conn-failure} moves a request whose connection was refused to the other node. A user
     * stays on their node as long as it lives (their session is there), ready or not: when PostgreSQL is down for
     * every node, the node says so in its own words and keeps what a form had typed. New users go to a ready node.
     * Each backend sends a node no more requests at once than it has request threads and queues the rest itself,
     * as {@code docker/haproxy/haproxy.cfg} explains: health checks then never wait behind a node's backlog.
     */
    static String config(int port, List<StackSettings.Node> nodes, int requestThreads) {
        String servers = servers(nodes, requestThreads);
        String stay = nodes.stream()
                .map(node -> "    use_backend live if { req.cook(PORTAL_NODE) %s } { srv_is_up(live/%s) }"
                        .formatted(node.name(), node.name()))
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-request 10s
                    timeout queue 30s
                    timeout check 3s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure

                frontend portal
                    bind 127.0.0.1:%d
                %s
                    use_backend ready if { nbsrv(ready) gt 0 }
                    default_backend live

                backend ready
                    balance roundrobin
                    cookie PORTAL_NODE insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s

                backend live
                    balance roundrobin
                    cookie PORTAL_NODE insert indirect nocache httponly
                    option httpchk GET /health/live
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s
                """.formatted(port, stay, servers, servers);
    }

    private static String servers(List<StackSettings.Node> nodes, int requestThreads) {
        return nodes.stream()
                .map(node -> "    server " + node.name() + " 127.0.0.1:" + node.httpPort() + " check cookie "
                        + node.name() + " maxconn " + requestThreads)
                .collect(Collectors.joining("\n"));
    }

    /** The nodes' request threads, as the preboot commands they all start with set them. */
    private static int requestThreads(Path prebootFile) {
        try {
            Matcher size = REQUEST_THREADS.matcher(Files.readString(prebootFile));
            if (!size.find()) {
                throw new StackException(prebootFile + " sets no max-thread-pool-size for the request threads.");
            }
            return Integer.parseInt(size.group(1));
        } catch (IOException e) {
            throw new StackException(
                    "Cannot read the nodes' preboot commands " + prebootFile + ": " + e.getMessage(), e);
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        process.close();
    }
}
