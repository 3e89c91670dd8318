package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clinicportal.stack.PortalStack;
import org.clinicportal.stack.StackSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak stops while a therapist works: their pages go on, a colleague who tries to sign in gets the
 * portal's own page saying the sign-in service is unavailable (not a browser error for a refused port),
 * and once Keycloak is back (the portal notices within seconds, as a person trying again would) the
 * colleague signs in without the portal being restarted.
 */
class KeycloakOutageIT extends Journey {

    private final PortalStack stack = StackSession.current();
    private boolean keycloakStopped;

    @AfterEach
    void keycloakRunsAgain() {
        if (keycloakStopped) {
            stack.startKeycloak();
        }
    }

    @Test
    void signedInUsersGoOnAndSignInsWaitForKeycloak() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");

        stack.stopKeycloak();
        keycloakStopped = true;

        browser.open("/therapist/patients/view.xhtml?id=900001");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertEquals("Nora Lindqvist", browser.text(By.id("user-name")), "the signed-in therapist goes on");

        try (Browser colleague = new Browser(stack.baseUrl())) {
            colleague.open("/therapist/");
            colleague.awaitText(By.cssSelector("#error-503 h1"), "Signing in is not possible right now");
            assertEquals(503, colleague.get("/therapist/").statusCode());

            stack.startKeycloak();
            keycloakStopped = false;

            new WebDriverWait(colleague.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
                colleague.open("/therapist/");
                return !driver.findElements(By.id("username")).isEmpty();
            });
            colleague.signIn("/therapist/", "harbor-pt", "demo");
            colleague.awaitText(By.id("page-title"), "Therapist home");
            assertEquals("Henry Adeyemi", colleague.text(By.id("user-name")));
        }

        browser.open("/therapist/");
        browser.awaitText(By.id("page-title"), "Therapist home");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/therapist/"), browser.driver().getCurrentUrl());
    }
}
