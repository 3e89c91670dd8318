package org.clinicportal.stack;

import java.util.concurrent.CountDownLatch;

/** The README's run command: starts the whole portal and keeps it up until Ctrl-C. */
public final class RunPortal {

    private RunPortal() {}

    public static void main(String[] args) throws InterruptedException {
        long began = System.nanoTime();
        boolean twoNodes =
                "2".equals(System.getenv().getOrDefault("PORTAL_NODES", "1").strip());
        System.out.println("Starting Clinic Portal: the mail server, PostgreSQL, Keycloak and the portal"
                + (twoNodes ? " on two nodes behind HAProxy" : "") + " (logs in .run/logs) ...");
        PortalStack stack;
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            stack = PortalStack.forRun();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                System.out.println("Stopping Clinic Portal ...");
                                stack.close();
                                stopped.countDown();
                            },
                            "clinic-portal-shutdown"));
            stack.start();
        } catch (StackException e) {
            System.err.println();
            System.err.println("Clinic Portal did not start.");
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf(
                """

                Clinic Portal is ready after %d s: %s/

                Demo logins (password for all: demo)
                  platform-admin      platform admin
                  northside-admin     clinic admin, Northside Running Clinic
                  harbor-admin        clinic admin, Harbor Physio
                  northside-pt        therapist, Northside Running Clinic
                  harbor-pt           therapist, Harbor Physio
                  northside-patient   patient, Northside Running Clinic
                  harbor-patient      patient, Harbor Physio

                Staff (not patients) also give a one-time code. The demo staff share one authenticator key:
                  %s   (TOTP, 6 digits, 30 s: add it to any authenticator app)
                  or: %s
                The code right now is %s.

                Keycloak: %s (admin console: admin / admin on the master realm, local only)
                Press Ctrl-C to stop everything this command started.
                """,
                (System.nanoTime() - began) / 1_000_000_000L,
                stack.baseUrl(),
                Totp.base32(Totp.DEMO_KEY),
                "otpauth://totp/Clinic%20Portal:demo-staff?secret=" + Totp.base32(Totp.DEMO_KEY)
                        + "&issuer=Clinic%20Portal",
                Totp.code(Totp.DEMO_KEY),
                stack.providerUri());
        stopped.await();
    }
}
