package org.clinicportal.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HAProxy ending TLS in front of one portal node, as docker/compose.yml does in production: it tells the node
 * that the request came over https (X-Forwarded-Proto, set by the proxy, never passed on from the client) and
 * adds nothing else, so that what the browser sees about TLS (the redirect address, the Secure cookie, HSTS)
 * comes from the portal itself.
 */
public final class TlsProxy implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final ServerProcess process;
    private final String url;

    private TlsProxy(ServerProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    static TlsProxy start(
            StackSettings settings, StackSettings.Node node, int port, SelfSignedCertificate certificate) {
        if (!Files.isExecutable(LoadBalancer.HAPROXY)) {
            throw new StackException("The TLS test needs HAProxy: install it (apt-get install haproxy).");
        }
        ServerProcess.requireFreePort(port, "HAProxy with TLS", "the test");
        Path config = settings.dir().resolve("haproxy-tls.cfg");
        try {
            Files.writeString(config, """
                    global
                        maxconn 200

                    defaults
                        mode http
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s

                    frontend portal-https
                        bind 127.0.0.1:%d ssl crt %s
                        http-request set-header X-Forwarded-Proto https
                        default_backend node

                    backend node
                        server %s 127.0.0.1:%d
                    """.formatted(port, certificate.haproxyPem(), node.name(), node.httpPort()));
        } catch (IOException e) {
            throw new StackException("Cannot write the HAProxy configuration " + config + ": " + e.getMessage(), e);
        }
        ServerProcess process = ServerProcess.start(
                "HAProxy with TLS",
                List.of(LoadBalancer.HAPROXY.toString(), "-db", "-f", config.toString()),
                Map.of(),
                settings.dir(),
                settings.logs().resolve("haproxy-tls.log"));
        awaitListening(port);
        return new TlsProxy(process, "https://127.0.0.1:" + port);
    }

    private static void awaitListening(int port) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StackException("Interrupted while waiting for HAProxy", interrupted);
                }
            }
        }
        throw new StackException(
                "HAProxy with TLS did not listen on port " + port + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        process.close();
    }
}
