package org.clinicportal.it;

import java.io.IOException;
import org.clinicportal.stack.PortalStack;
import org.clinicportal.stack.StackException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test stack once for the whole integration-test run (it takes about a minute) and
 * stops it at the end. Only the failsafe run hands over the paths a stack needs; unit-test runs
 * start nothing.
 */
public class StackSession implements LauncherSessionListener {

    private static PortalStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (PortalStack.configured() && stack == null) {
            stack = PortalStack.forTests();
            stack.start();
            prepareTheRealm(stack);
            System.setProperty("portal.test.base-url", stack.baseUrl());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /**
     * The realm as the tests need it. The failover tests reach the portal through HAProxy, at an address of its own.
     * And the tests sign the same demo staff in many times within one 30-second step (24 sessions at once in
     * ConcurrentSessionsIT), and Keycloak takes each one-time code once per user: for the tests only, a code is
     * taken again. The realm file keeps the strict setting for everyone else.
     */
    private static void prepareTheRealm(PortalStack stack) {
        try {
            KeycloakAdmin admin = new KeycloakAdmin(stack.providerUri());
            admin.allowPortalAddress(stack.balancerUrl());
            // Keycloak takes the one-time code policy as a whole: the realm file's, with codes reusable.
            int status = admin.updateRealm("""
                    {"otpPolicyType": "totp", "otpPolicyAlgorithm": "HmacSHA1", "otpPolicyDigits": 6, "otpPolicyPeriod": 30,
                     "otpPolicyLookAheadWindow": 1, "otpPolicyInitialCounter": 0, "otpPolicyCodeReusable": true}""").statusCode();
            if (status != 204) {
                throw new StackException("Keycloak refused the test realm setting: " + status);
            }
        } catch (IOException e) {
            throw new StackException("Cannot reach Keycloak's admin API: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    /** The running test stack; fails when the test did not run under the integration-test phase. */
    public static PortalStack current() {
        if (stack == null) {
            throw new IllegalStateException("No test stack: integration tests run with `mvn verify`.");
        }
        return stack;
    }
}
