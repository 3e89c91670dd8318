package org.clinicportal.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.openqa.selenium.By;

/**
 * A runner new to Northside, as a journey needs one whose day nobody else's test touches: the therapist registers
 * them with an email address, gives them the lateral-hip program from today (so exercises are due today) and portal
 * access; the runner accepts the emailed invitation and signs in.
 *
 * @param username the runner's login
 * @param email where the portal writes to them
 */
record NewRunner(String username, String email, String family, String password) {

    static final ZoneId NORTHSIDE = ZoneId.of("America/Chicago");

    /** Makes the runner and leaves the browser signed in as them, on their home page. */
    static NewRunner signedIn(Browser browser, String given, String familyStem) throws Exception {
        String family = familyStem + UUID.randomUUID().toString().substring(0, 6);
        String email = given.toLowerCase() + "." + family.toLowerCase() + "@example.org";
        browser.signIn("/therapist/patients/", "northside-pt", "demo");
        browser.await(By.id("register")).click();
        browser.type("patient:givenName", given);
        browser.type("patient:familyName", family);
        browser.date("patient:dateOfBirth", "1992-02-20");
        browser.type("patient:email", email);
        browser.await(By.id("patient:save")).click();
        browser.awaitText(By.id("page-title"), given + " " + family);

        browser.await(By.id("patient:assign-program")).click();
        browser.awaitText(By.id("page-title"), "Home program for " + given + " " + family);
        browser.date("program:start", LocalDate.now(NORTHSIDE).toString());
        browser.choose("program:templateToAdd", "Lateral hip (side glute) strengthening");
        browser.await(By.id("program:addTemplate")).click();
        browser.awaitText(By.cssSelector(".item-card:nth-of-type(2) .item-name"), "2. Side-lying leg raise");
        browser.await(By.id("program:save")).click();
        browser.awaitText(By.id("page-title"), given + " " + family);

        Mailbox mailbox = new Mailbox(StackSession.current().mailApiUrl());
        browser.await(By.id("patient:give-access")).click();
        browser.awaitText(By.cssSelector("#patient\\:invitation h2"), "Invitation sent");
        String username = browser.text(By.id("invited-username"));
        browser.signOut();

        String password = "runner-" + UUID.randomUUID().toString().substring(0, 8);
        browser.acceptInvitation(mailbox.latestActionLink(email, 0), password);
        browser.signInOnKeycloaksForm(username, password);
        browser.awaitText(By.id("page-title"), "My program");
        return new NewRunner(username, email, family, password);
    }
}
