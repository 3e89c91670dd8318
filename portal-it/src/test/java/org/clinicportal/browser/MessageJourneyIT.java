package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Sam writes to his clinic from his phone; his therapist is told by email (without the message), sees a badge on
 * the caseload, reads it and answers; Sam is told by email too, sees "Messages (1 new)", reads the answer, and the
 * badge is gone. An empty message is refused next to the field, and what was typed before stays.
 */
class MessageJourneyIT extends Journey {

    private static final String THERAPISTS_EMAIL = "northside-pt@clinicportal.test";
    private static final String SAMS_EMAIL = "sam.rivera@example.org";

    @Test
    void aMessageGoesBothWaysWithUnreadBadgesAndAnEmailWithoutItsWords() throws Exception {
        String question = "Can I swap Thursday's bridges for a swim? "
                + UUID.randomUUID().toString().substring(0, 6);
        String answer = "Yes, swim on Thursday and do the bridges on Friday.";
        Mailbox mailbox = new Mailbox(StackSession.current().mailApiUrl());
        int therapistBefore = mailbox.messagesTo(THERAPISTS_EMAIL).size();
        int samBefore = mailbox.messagesTo(SAMS_EMAIL).size();

        browser.signIn("/patient/", "northside-patient", "demo");
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.await(By.id("write-to-clinic")).click();
        browser.awaitText(By.id("page-title"), "Messages");
        browser.await(By.id("conversation:send")).click();
        browser.awaitText(
                By.cssSelector("[id='conversation:body'] ~ .ui-message-error, .ui-message-error"),
                "A message says something, in at most 2000 characters.");
        browser.type("conversation:body", question);
        browser.await(By.id("conversation:send")).click();
        browser.awaitText(By.cssSelector("#messages li:last-child .message-body"), question);
        assertEquals(
                "", browser.driver().findElement(By.id("conversation:body")).getAttribute("value"), "cleared");
        browser.signOut();

        String notice = mailbox.latestMessage(THERAPISTS_EMAIL, therapistBefore);
        assertTrue(notice.contains("Subject: Clinic Portal: a new message for you"), notice);
        assertTrue(
                notice.contains("/therapist/patients/messages.xhtml?id=3D900001")
                        || notice.contains("/therapist/patients/messages.xhtml?id=900001"),
                notice);
        assertFalse(notice.contains("swim") || notice.contains("Sam"), "the email holds no words of it: " + notice);

        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.type("caseload:name", "Rivera");
        browser.awaitText(By.cssSelector("#caseload\\:patients a.badge-new"), "1 new message");
        browser.await(By.cssSelector("#caseload\\:patients a.badge-new")).click();
        browser.awaitText(By.id("page-title"), "Messages with Sam Rivera");
        assertTrue(browser.text(By.cssSelector("#messages li:last-child")).contains("New"), "marked new");
        browser.type("conversation:body", answer);
        browser.await(By.id("conversation:send")).click();
        browser.awaitText(By.cssSelector("#messages li:last-child .message-body"), answer);
        browser.open("/therapist/");
        browser.type("caseload:name", "Rivera");
        browser.awaitText(By.cssSelector("#caseload\\:patients tbody tr:only-child td:first-child a"), "Rivera, Sam");
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("#caseload\\:patients a.badge-new"))
                        .isEmpty(),
                "read for the clinic");
        browser.signOut();

        String toSam = mailbox.latestMessage(SAMS_EMAIL, samBefore);
        assertTrue(toSam.contains("Subject: Clinic Portal: a new message for you"), toSam);
        assertFalse(toSam.contains("swim"), toSam);

        browser.signIn("/patient/", "northside-patient", "demo");
        browser.awaitText(By.id("nav-messages"), "Messages (1 new)");
        browser.await(By.id("nav-messages")).click();
        browser.awaitText(By.cssSelector("#messages li:last-child .message-body"), answer);
        browser.open("/patient/");
        browser.awaitText(By.id("nav-messages"), "Messages");
    }
}
