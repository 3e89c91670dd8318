package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The first journeys: each demo account signs in to its own area, and only there; signing out is real. */
class SignInJourneyIT extends Journey {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "northside-pt,      /therapist/,    Therapist home,          Nora Lindqvist,  Northside Running Clinic",
        "harbor-pt,         /therapist/,    Therapist home,          Henry Adeyemi,   Harbor Physio",
        "northside-patient, /patient/,      My program,              Sam Rivera,      Northside Running Clinic",
        "harbor-patient,    /patient/,      My program,              Maya Chen,       Harbor Physio",
        "northside-admin,   /clinic-admin/, Clinic administration,   Nadia Brooks,    Northside Running Clinic",
        "harbor-admin,      /clinic-admin/, Clinic administration,   Hugo Marsh,      Harbor Physio",
        "platform-admin,    /platform/,     Platform administration, Paula Okafor,    ''"
    })
    void eachDemoAccountLandsOnItsRolesHomeWithItsClinic(
            String username, String home, String title, String name, String clinic) {
        browser.open("/");
        browser.await(By.id("sign-in")).click();
        browser.signIn("/home", username, "demo");

        assertEquals(title, browser.text(By.id("page-title")));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith(home),
                browser.driver().getCurrentUrl());
        assertEquals(name, browser.text(By.id("user-name")));
        if (clinic.isEmpty()) {
            assertTrue(browser.driver().findElements(By.id("clinic-name")).isEmpty());
        } else {
            assertEquals(clinic, browser.text(By.id("clinic-name")));
        }
        assertFalse(
                browser.driver().getCurrentUrl().contains("code="), "the one-time code must not stay in the address");
    }

    @Test
    void aPatientIsRefusedATherapistPageWithAFriendlyPage() {
        browser.signIn("/patient/", "northside-patient", "demo");
        browser.await(By.id("page-title"));

        browser.open("/therapist/");

        assertEquals("This page is not for your role", browser.text(By.cssSelector("#error-403 h1")));
        assertFalse(browser.text(By.tagName("body")).contains("Exception"), "no stack trace in the browser");
        browser.await(By.linkText("Back to your home page")).click();
        assertEquals("My program", browser.text(By.id("page-title")));
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleMayUse() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.await(By.id("page-title"));
        assertTrue(
                Integer.parseInt(browser.text(By.id("awaiting-referral"))) >= 1,
                "the demo's unacknowledged red flag counts");

        assertFalse(browser.driver().findElements(By.linkText("Caseload")).isEmpty());
        assertTrue(browser.driver().findElements(By.linkText("My program")).isEmpty());
        assertTrue(browser.driver()
                .findElements(By.linkText("Clinic administration"))
                .isEmpty());
        assertTrue(browser.driver().findElements(By.linkText("Clinics")).isEmpty());
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.await(By.id("page-title"));

        browser.signOut();
        browser.open("/therapist/");

        assertTrue(browser.await(By.id("password")).isDisplayed(), "the next visit asks for the password again");
    }

    @Test
    void anUnknownAddressShowsAFriendlyPage() {
        browser.open("/no-such-page.xhtml");

        assertEquals("Page not found", browser.text(By.cssSelector("#error-404 h1")));
    }
}
