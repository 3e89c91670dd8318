package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinicportal.it.KeycloakAdmin;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A sign-in ends everywhere at once: signing out in one browser, being disabled by the clinic admin, or Keycloak
 * ending the user's sessions asks every other browser of that user to sign in at its next click, and that
 * browser is not let back in without the password.
 */
class SignOutEverywhereIT extends Journey {

    private Browser second;

    @AfterEach
    void closeTheSecondBrowser() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void signingOutInOneBrowserAsksTheOtherToSignInAtItsNextClick() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");
        second = new Browser(StackSession.current().baseUrl());
        second.signIn("/therapist/patients/", "northside-pt", "demo");
        second.awaitText(By.id("page-title"), "Patients");

        browser.signOut();

        second.driver().findElement(By.linkText("Caseload")).click();
        assertAskedToSignIn(second);
        second.signInOnKeycloaksForm("northside-pt", "demo");
        second.awaitText(By.id("page-title"), "Therapist home");
    }

    @Test
    void aStaffMemberDisabledByTheAdminLosesTheirOpenSession() throws Exception {
        String username = "dana" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/clinic-admin/", "northside-admin", "demo");
        browser.awaitText(By.id("page-title"), "Clinic administration");
        browser.type("new-member:givenName", "Dana");
        browser.type("new-member:familyName", "Okafor");
        browser.type("new-member:username", username);
        browser.type("new-member:email", username + "@example.org");
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(By.id("invited-username"), username);
        String invitation =
                new Mailbox(StackSession.current().mailApiUrl()).latestActionLink(username + "@example.org", 0);

        second = new Browser(StackSession.current().baseUrl());
        second.acceptInvitation(invitation, "a-new-secret-2");
        second.signInOnKeycloaksForm(username, "a-new-secret-2");
        second.enrolAuthenticator();
        second.awaitText(By.id("page-title"), "Therapist home");

        WebElement row = browser.driver().findElements(By.cssSelector("[id='staff:members'] tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(username))
                .findFirst()
                .orElseThrow();
        row.findElement(By.xpath(".//button[.//span[text()='Disable']]")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector("[id='staff:members'] tbody tr")).stream()
                        .anyMatch(candidate -> candidate.getText().contains(username)
                                && candidate.getText().contains("Disabled")));

        second.driver().findElement(By.linkText("Patients")).click();
        assertAskedToSignIn(second);
    }

    @Test
    void signingOutEndsTheOtherSessionsInThePortalAndInKeycloak() throws Exception {
        HttpUser therapist = new HttpUser(StackSession.current().baseUrl(), "northside-pt");
        therapist.signIn();
        assertEquals(200, therapist.get("/therapist/").statusCode());
        HttpUser elsewhere = new HttpUser(StackSession.current().baseUrl(), "northside-pt");
        elsewhere.signIn();

        HttpResponse<String> signOut = elsewhere.post("/logout", Map.of());
        assertTrue(signOut.statusCode() / 100 == 3, "signed out: " + signOut.statusCode());

        HttpResponse<String> next = therapist.get("/therapist/");
        assertEquals(302, next.statusCode(), "the other session is gone");
        assertTrue(
                next.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                next.headers().toString());
        HttpResponse<String> keycloak =
                therapist.get(next.headers().firstValue("Location").orElseThrow());
        assertTrue(
                keycloak.body().contains("kc-form-login"), "Keycloak asks for the password: its session is gone too");
    }

    @Test
    void anAdministratorEndingTheUsersSessionsInKeycloakEndsThePortalSessions() throws Exception {
        HttpUser therapist = new HttpUser(StackSession.current().baseUrl(), "northside-pt");
        therapist.signIn();
        assertEquals(200, therapist.get("/therapist/").statusCode());

        HttpResponse<String> ended = new KeycloakAdmin(StackSession.current().providerUri()).signOut("northside-pt");
        assertEquals(204, ended.statusCode(), ended.body());

        HttpResponse<String> next = therapist.get("/therapist/");
        assertEquals(302, next.statusCode(), "Keycloak told the portal over the back channel");
        assertTrue(
                next.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                next.headers().toString());
    }

    @Test
    void aPostedTokenThatKeycloakDidNotSignEndsNothing() throws Exception {
        HttpUser therapist = new HttpUser(StackSession.current().baseUrl(), "northside-pt");
        therapist.signIn();
        String madeUp = "eyJhbGciOiJSUzI1NiIsInR5cCI6ImxvZ291dCtqd3QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        HttpUser stranger = new HttpUser(StackSession.current().baseUrl(), "stranger");
        for (String token : List.of(madeUp, "", "not a token")) {
            assertEquals(
                    400,
                    stranger.post("/backchannel-logout", Map.of("logout_token", token))
                            .statusCode(),
                    token);
        }
        assertEquals(200, therapist.get("/therapist/").statusCode(), "the session lives on");
    }

    private static void assertAskedToSignIn(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("/protocol/openid-connect/auth"),
                browser.driver().getCurrentUrl());
    }
}
