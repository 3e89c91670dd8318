package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A therapist registers a runner, fixing a refused date of birth on the way, and gives them portal
 * access; the runner signs in with the temporary password, must choose their own, and lands on
 * their home. Another clinic cannot open the runner's page.
 */
class PatientRegistryJourneyIT extends Journey {

    @Test
    void aTherapistRegistersAPatientGivesPortalAccessAndAnotherClinicCannotOpenThem() throws Exception {
        String family = "Okonkwo" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/therapist/patients/", "northside-pt", "demo");
        browser.await(By.id("register")).click();
        browser.await(By.id("patient:givenName"));
        assertEquals(List.of(), browser.unnamedButtons(), "every button reads as what it does");
        assertEquals(
                "date",
                browser.driver().findElement(By.id("patient:dateOfBirth")).getAttribute("type"),
                "the browser's own date field, labelled, with no unlabelled picker button");

        browser.type("patient:givenName", "Ada");
        browser.type("patient:familyName", family);
        browser.date("patient:dateOfBirth", LocalDate.now().minusYears(3).toString());
        browser.type("patient:email", "ada." + family.toLowerCase() + "@example.org");
        browser.await(By.id("patient:save")).click();

        assertEquals(
                "Enter a date of birth for a patient aged 5 to 120.",
                browser.text(By.cssSelector("[id='patient:dateOfBirth'] ~ .ui-message-error, .ui-message-error")));
        assertEquals(
                "Ada",
                browser.driver().findElement(By.id("patient:givenName")).getAttribute("value"),
                "what was typed is kept");
        assertEquals(
                family,
                browser.driver().findElement(By.id("patient:familyName")).getAttribute("value"));
        assertEquals(
                LocalDate.now().minusYears(3).toString(),
                browser.driver().findElement(By.id("patient:dateOfBirth")).getAttribute("value"),
                "the refused date stays as typed");

        browser.date("patient:dateOfBirth", "1991-06-14");
        browser.await(By.id("patient:save")).click();

        browser.awaitText(By.id("page-title"), "Ada " + family);
        assertTrue(browser.text(By.id("born")).startsWith("Jun 14, 1991"), "shown as English writes a day");
        String patientUrl = browser.driver().getCurrentUrl();

        String email = "ada." + family.toLowerCase() + "@example.org";
        Mailbox mailbox = new Mailbox(StackSession.current().mailApiUrl());
        int before = mailbox.messagesTo(email).size();
        browser.await(By.id("patient:give-access")).click();
        browser.awaitText(By.cssSelector("#patient\\:invitation h2"), "Invitation sent");
        assertTrue(browser.text(By.id("patient:invitation")).contains(email), "says where the invitation went");
        assertTrue(browser.text(By.id("invited-username")).startsWith("ada.okonkwo"));
        assertEquals("The patient can sign in to the portal.", browser.text(By.id("portal-access")));
        String username = browser.text(By.id("invited-username"));
        String firstLink = mailbox.latestActionLink(email, before);

        browser.await(By.id("patient:send-invitation")).click();
        browser.awaitText(By.cssSelector("#patient\\:invitation h2"), "Invitation sent");
        String secondLink = mailbox.latestActionLink(email, before + 1);
        assertTrue(!secondLink.equals(firstLink), "sending again sends a new link");

        browser.open("/therapist/patients/");
        browser.type("patients:name", family.substring(0, 9));
        browser.await(By.id("patients:search")).click();
        browser.await(By.linkText(family + ", Ada"));
        browser.signOut();

        // The patient, at home: the email's link, their own password, then signing in with it.
        browser.acceptInvitation(secondLink, "a-new-secret-1");
        browser.signInOnKeycloaksForm(username, "a-new-secret-1");
        browser.awaitText(By.id("page-title"), "My program");
        assertEquals("Ada " + family, browser.text(By.id("user-name")));
        assertEquals("Northside Running Clinic", browser.text(By.id("clinic-name")));

        browser.signOut();
        browser.signIn("/therapist/", "harbor-pt", "demo");
        browser.await(By.id("page-title"));
        browser.driver().get(patientUrl);
        assertEquals("Page not found", browser.text(By.cssSelector("#error-404 h1")));
    }
}
