package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.clinicportal.stack.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clinic admin creates a therapist, who signs in with the temporary password, chooses their own (the realm's
 * policy refuses their username and anything under 12 characters) after enrolling an authenticator app, and reaches
 * the therapist home of the clinic; their next sign-in asks for the app's code. Another clinic's admin never
 * sees them.
 */
class StaffJourneyIT extends Journey {

    @Test
    void anAdminCreatesATherapistWhoSignsInAtTheirClinic() {
        String username = "theodora" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/clinic-admin/", "northside-admin", "demo");
        browser.awaitText(By.id("page-title"), "Clinic administration");
        assertTrue(browser.text(By.id("staff:members")).contains("northside-pt"));

        browser.type("new-member:givenName", "Theo");
        browser.type("new-member:familyName", "Vance");
        browser.type("new-member:username", "Theo Vance");
        browser.type("new-member:email", username + "@example.org");
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(By.cssSelector("[id='new-member'] .ui-message-error"),
                "A username is 3 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        assertEquals("Theo", browser.driver().findElement(By.id("new-member:givenName")).getAttribute("value"), "what was typed is kept");

        browser.type("new-member:username", username);
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(By.id("new-username"), username);
        String password = browser.text(By.id("new-password"));
        assertEquals(12, password.length());
        assertTrue(browser.text(By.id("staff:members")).contains("Theo Vance"));
        browser.signOut();

        browser.signIn("/therapist/", username, password);
        String key = browser.enrolAuthenticator();
        browser.await(By.id("password-new")).sendKeys(username);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(username);
        browser.driver().findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
        assertTrue(browser.await(By.cssSelector(".pf-m-danger .kc-feedback-text")).getText().contains("must not be equal to the username"),
                "the realm's password policy: not the username");
        browser.await(By.id("password-new")).sendKeys("too-short");
        browser.driver().findElement(By.id("password-confirm")).sendKeys("too-short");
        browser.driver().findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
        assertTrue(browser.await(By.cssSelector(".pf-m-danger .kc-feedback-text")).getText().contains("minimum length 12"),
                "the realm's password policy: 12 characters");
        browser.await(By.id("password-new")).sendKeys("a-new-secret-2");
        browser.driver().findElement(By.id("password-confirm")).sendKeys("a-new-secret-2");
        browser.driver().findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
        browser.awaitText(By.id("page-title"), "Therapist home");
        assertEquals("Theo Vance", browser.text(By.id("user-name")));
        assertEquals("Northside Running Clinic", browser.text(By.id("clinic-name")));
        browser.signOut();

        browser.open("/therapist/");
        WebElement form = browser.await(By.id("kc-form-login"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("a-new-secret-2");
        browser.driver().findElement(By.id("kc-login")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
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
