package org.clinicportal.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A browser journey: each test walks it in a fresh browser of its own, closed afterwards ({@link BrowserSession}). */
abstract class Journey {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    Browser browser;

    @BeforeEach
    void useTheSessionsBrowser() {
        browser = session.browser();
    }
}
