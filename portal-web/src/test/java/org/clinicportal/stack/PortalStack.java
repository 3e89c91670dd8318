package org.clinicportal.stack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * PostgreSQL, Keycloak and the portal, started in the order they depend on each other and
 * stopped in reverse. Keycloak boots while PostgreSQL and the portal start.
 */
public final class PortalStack implements AutoCloseable {

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Keycloak keycloak;

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

    /** Starts every part and waits until all are ready; on failure stops what did start. */
    public synchronized void start() {
        try {
            keycloak = track(Keycloak.start(settings));
            track(Database.start(settings));
            Portal portal = track(Portal.start(settings));
            keycloak.awaitReady(settings);
            portal.awaitReady(settings);
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

    /** Starts the stopped Keycloak again, with its data as it was, and waits until it answers. */
    public synchronized void startKeycloak() {
        keycloak = track(Keycloak.start(settings));
        keycloak.awaitReady(settings);
    }

    private <T extends AutoCloseable> T track(T part) {
        started.push(part);
        return part;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    /** The portal's log, for tests that check what a request leaves in it. */
    public Path portalLog() {
        return settings.logs().resolve("portal.log");
    }

    public String databaseUrl() {
        return settings.databaseUrl();
    }

    public String providerUri() {
        return settings.providerUri();
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
