package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.clinicportal.it.KeycloakAdmin;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak stops while a therapist works: their pages go on, a colleague who tries to sign in gets the
 * portal's own page saying the sign-in service is unavailable (not a browser error for a refused port),
 * and once Keycloak is back (the portal notices within seconds, as a person trying again would) the
 * colleague signs in without the portal being restarted. A session whose tokens expire during the outage
 * goes on too, and is refreshed once Keycloak answers again. Readiness says "degraded" meanwhile, not
 * "down": a load balancer has no better node to send anyone to.
 */
class KeycloakOutageIT extends Journey {

    /** Tokens that the portal counts as expired 5 s after sign-in (it refreshes 10 s before the end). */
    private static final int SHORT_TOKENS = 15;

    private static final int DEFAULT_TOKENS = 300;

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
        HttpResponse<String> ready = browser.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("migrated") && !ready.body().contains("degraded"), ready.body());

        stack.stopKeycloak();
        keycloakStopped = true;

        HttpResponse<String> degraded = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .pollingEvery(Duration.ofSeconds(1))
                .until(driver -> {
                    HttpResponse<String> health = browser.get("/health/ready");
                    return health.body().contains("degraded: Keycloak not answering") ? health : null;
                });
        assertEquals(200, degraded.statusCode(), "degraded, still ready: every node is in the same outage");
        browser.open("/therapist/patients/view.xhtml?id=900001");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertEquals("Nora Lindqvist", browser.text(By.id("user-name")), "the signed-in therapist goes on");

        try (Browser colleague = new Browser(stack.baseUrl())) {
            colleague.open("/therapist/");
            colleague.awaitText(By.cssSelector("#error-503 h1"), "Signing in is not possible right now");
            assertEquals(503, colleague.get("/therapist/").statusCode());

            stack.startKeycloak();
            keycloakStopped = false;

            new WebDriverWait(colleague.driver(), Duration.ofSeconds(30))
                    .pollingEvery(Duration.ofSeconds(2))
                    .until(driver -> {
                        colleague.open("/therapist/");
                        return !driver.findElements(By.id("username")).isEmpty();
                    });
            colleague.signIn("/therapist/", "harbor-pt", "demo");
            colleague.awaitText(By.id("page-title"), "Therapist home");
            assertEquals("Henry Adeyemi", colleague.text(By.id("user-name")));
        }

        browser.open("/therapist/");
        browser.awaitText(By.id("page-title"), "Therapist home");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/therapist/"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void aSessionWhoseTokensExpireDuringTheOutageGoesOnAndIsRefreshedAfterIt() throws Exception {
        realmTokenLifespan(SHORT_TOKENS);
        try {
            browser.signIn("/therapist/", "northside-pt", "demo");
            browser.awaitText(By.id("page-title"), "Therapist home");

            stack.stopKeycloak();
            keycloakStopped = true;
            Thread.sleep(Duration.ofSeconds(SHORT_TOKENS).toMillis());

            browser.open("/therapist/patients/view.xhtml?id=900001");
            browser.awaitText(By.id("page-title"), "Sam Rivera");
            assertEquals(
                    "Nora Lindqvist",
                    browser.text(By.id("user-name")),
                    "expired tokens that cannot be refreshed end nothing");

            stack.startKeycloak();
            keycloakStopped = false;
            Thread.sleep(Duration.ofSeconds(6).toMillis());
            browser.open("/therapist/");
            browser.awaitText(By.id("page-title"), "Therapist home");
            assertEquals("Nora Lindqvist", browser.text(By.id("user-name")), "refreshed once Keycloak is back");
        } finally {
            if (keycloakStopped) {
                stack.startKeycloak();
                keycloakStopped = false;
            }
            realmTokenLifespan(DEFAULT_TOKENS);
        }
    }

    /** Sets how long Keycloak's access and identity tokens live, through its admin API as its admin. */
    private void realmTokenLifespan(int seconds) throws IOException, InterruptedException {
        HttpResponse<String> updated =
                new KeycloakAdmin(stack.providerUri()).updateRealm("{\"accessTokenLifespan\": " + seconds + "}");
        assertEquals(204, updated.statusCode(), updated.body());
    }
}
