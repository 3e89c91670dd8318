package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A clinic admin creates a therapist and sends the invitation again; the therapist opens the emailed link, chooses
 * a password (the realm's policy refuses their username and anything under 12 characters), signs in, enrols an
 * authenticator app and reaches the therapist home of the clinic; their next sign-in asks for the app's code.
 * Another clinic's admin never sees them.
 */
class StaffJourneyIT extends Journey {

    @Test
    void anAdminCreatesATherapistWhoSignsInAtTheirClinic() throws Exception {
        String username = "theodora" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/clinic-admin/", "northside-admin", "demo");
        browser.awaitText(By.id("page-title"), "Clinic administration");
        assertTrue(browser.text(By.id("staff:members")).contains("northside-pt"));

        browser.type("new-member:givenName", "Theo");
        browser.type("new-member:familyName", "Vance");
        browser.type("new-member:username", "Theo Vance");
        browser.type("new-member:email", username + "@example.org");
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(
                By.cssSelector("[id='new-member'] .ui-message-error"),
                "A username is 3 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        assertEquals(
                "Theo",
                browser.driver().findElement(By.id("new-member:givenName")).getAttribute("value"),
                "what was typed is kept");

        String email = username + "@example.org";
        Mailbox mailbox = new Mailbox(StackSession.current().mailApiUrl());
        browser.type("new-member:username", username);
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(By.id("invited-username"), username);
        assertTrue(browser.text(By.id("staff:invitation")).contains(email), "says where the invitation went");
        assertTrue(browser.text(By.id("staff:members")).contains("Theo Vance"));
        String invitation = mailbox.latestActionLink(email, 0);
        assertTrue(
                mailbox.latestMessage(email, 0).contains("Subject: Update Your Account"),
                "written in the language of the page that sent it");

        WebElement row = browser.driver().findElements(By.cssSelector("[id='staff:members'] tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(username))
                .findFirst()
                .orElseThrow();
        row.findElement(By.xpath(".//button[.//span[text()='Email a password link']]"))
                .click();
        browser.awaitAjax();
        String again = mailbox.latestActionLink(email, 1);
        assertTrue(!again.equals(invitation), "a new link, for an invitation that expired or got lost");
        browser.signOut();

        // The new therapist: the email's link, a password the realm accepts, then their authenticator app.
        browser.driver().get(again);
        browser.await(By.partialLinkText("Click here to proceed")).click();
        browser.choosePassword(username);
        assertTrue(
                browser.await(By.cssSelector(".pf-m-danger .kc-feedback-text"))
                        .getText()
                        .contains("must not be equal to the username"),
                "the realm's password policy: not the username");
        browser.choosePassword("too-short");
        assertTrue(
                browser.await(By.cssSelector(".pf-m-danger .kc-feedback-text"))
                        .getText()
                        .contains("minimum length 12"),
                "the realm's password policy: 12 characters");
        browser.choosePassword("a-new-secret-2");
        browser.await(By.partialLinkText("Back to Application")).click();
        browser.signInOnKeycloaksForm(username, "a-new-secret-2");
        String key = browser.enrolAuthenticator();
        browser.awaitText(By.id("page-title"), "Therapist home");
        assertEquals("Theo Vance", browser.text(By.id("user-name")));
        assertEquals("Northside Running Clinic", browser.text(By.id("clinic-name")));
        browser.signOut();

        browser.open("/therapist/");
        browser.await(By.id("kc-form-login"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("a-new-secret-2");
        browser.clickAndAwaitTheNextPage(browser.driver().findElement(By.id("kc-login")));
        browser.await(By.id("otp")).sendKeys(Totp.codeForBase32(key));
        browser.driver().findElement(By.id("kc-login")).click();
        browser.awaitText(By.id("page-title"), "Therapist home");
        browser.signOut();

        browser.signIn("/clinic-admin/", "harbor-admin", "demo");
        browser.awaitText(By.id("page-title"), "Clinic administration");
        String harborStaff = browser.text(By.id("staff:members"));
        assertTrue(harborStaff.contains("harbor-pt"), harborStaff);
        assertFalse(harborStaff.contains(username) || harborStaff.contains("Theo Vance"), harborStaff);
    }
}
