package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers, asked before the portal sends a browser there to sign in or refreshes a
 * session's tokens. The answer is kept for a few seconds, so a crowd of sign-ins during an outage costs
 * one probe, and a recovered Keycloak is noticed within those seconds without restarting the portal.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
    private static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    @Inject
    private OidcSettings settings;

    private HttpClient http;
    private URI wellKnown;
    private volatile Probe last = new Probe(Instant.MIN, true);

    private record Probe(Instant at, boolean reachable) {}

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        wellKnown = URI.create(settings.getProviderUri() + "/.well-known/openid-configuration");
    }

    public boolean isReachable() {
        Probe probe = last;
        if (probe.at().plus(REMEMBERED).isBefore(Instant.now())) {
            probe = new Probe(Instant.now(), answers());
            if (probe.reachable() != last.reachable()) {
                LOG.info(
                        probe.reachable()
                                ? "Keycloak answers again at " + wellKnown
                                : "Keycloak does not answer at " + wellKnown
                                        + ": sign-ins wait, signed-in users go on");
            }
            last = probe;
        }
        return probe.reachable();
    }

    private boolean answers() {
        try {
            return http.send(
                                    HttpRequest.newBuilder(wellKnown)
                                            .timeout(PATIENCE)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
