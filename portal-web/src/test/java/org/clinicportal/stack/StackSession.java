package org.clinicportal.stack;

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
        if (StackSettings.configured() && stack == null) {
            stack = PortalStack.forTests();
            stack.start();
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

    /** The running test stack; fails when the test did not run under the integration-test phase. */
    public static PortalStack current() {
        if (stack == null) {
            throw new IllegalStateException("No test stack: integration tests run with `mvn verify`.");
        }
        return stack;
    }
}
