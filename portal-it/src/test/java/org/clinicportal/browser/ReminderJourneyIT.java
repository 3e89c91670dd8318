package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A new runner at home chooses reminders on the phone: every day, at the current minute of the clinic's day. The
 * portal's clock emails them once that their exercises are waiting (they have not logged today's), saying nothing
 * about their health, and once only however many runs of the clock pass. The link in the email stops the
 * reminders, and the reminders page shows them stopped.
 */
class ReminderJourneyIT extends Journey {

    private static final ZoneId NORTHSIDE = NewRunner.NORTHSIDE;

    /** The clock runs three times a minute; an email due now arrives within one run and its sending. */
    private static final Duration ONE_RUN_AND_A_HALF = Duration.ofSeconds(30);

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://[^\\s<>]+/unsubscribe\\.xhtml\\?[^\\s<>]+)");

    @Test
    void aPatientChoosesRemindersGetsOneForTheDueDayAndStopsThemFromTheEmail() throws Exception {
        awayFromMidnight();
        NewRunner runner = NewRunner.signedIn(browser, "Lea", "Reminder");
        String email = runner.email();
        Mailbox mailbox = new Mailbox(StackSession.current().mailApiUrl());
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.open("/patient/reminders.xhtml");
        browser.awaitText(By.id("page-title"), "Reminders by email");
        assertTrue(browser.text(By.id("reminders")).contains("In your clinic's time: America/Chicago"));

        browser.date("reminders:at", "");
        browser.await(By.id("reminders:save")).click();
        browser.awaitText(
                By.cssSelector("[id='reminders:at'] ~ .ui-message-error, .ui-message-error"),
                "Choose a time for your reminders, in hours and minutes, e.g. 07:30.");

        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
            browser.await(By.xpath("//label[text()='" + day + "']")).click();
        }
        String now =
                LocalTime.now(NORTHSIDE).truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("HH:mm"));
        browser.date("reminders:at", now);
        int before = mailbox.messagesTo(email).size();
        browser.await(By.id("reminders:save")).click();
        browser.awaitText(By.id("reminders:messages"), "Your reminders are saved.");
        assertEquals(now, browser.driver().findElement(By.id("reminders:at")).getAttribute("value"), "as chosen");

        String reminder = mailbox.latestMessage(email, before, ONE_RUN_AND_A_HALF);
        assertTrue(reminder.contains("Subject: Clinic Portal: your exercises for today"), reminder);
        assertTrue(reminder.contains(StackSession.current().baseUrl() + "/home"), "links to today's plan");
        assertFalse(
                reminder.contains("Lea") || reminder.contains(runner.family()) || reminder.contains("leg raise"),
                "no name and no exercise in an email: " + reminder);
        assertTrue(reminder.contains("List-Unsubscribe: <"), "mail programs offer their own button: " + reminder);

        Thread.sleep(ONE_RUN_AND_A_HALF.plusSeconds(15).toMillis());
        assertEquals(before + 1, mailbox.messagesTo(email).size(), "later runs of the clock send nothing more");

        browser.signOut();
        browser.open(unsubscribeLink(reminder));
        browser.awaitText(By.id("question"), "Stop the emails that remind you of your exercises?");
        browser.await(By.id("unsubscribe:stop")).click();
        browser.awaitText(
                By.id("unsubscribe:stopped"),
                "Done: you will get no more exercise reminders. You can choose them again in the portal, under Reminders.");

        browser.signIn("/patient/reminders.xhtml", runner.username(), runner.password());
        browser.awaitText(By.id("page-title"), "Reminders by email");
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("[id='reminders:days'] .ui-state-active"))
                        .isEmpty(),
                "no day is chosen any more");
    }

    private static String unsubscribeLink(String message) {
        String text = message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher link = UNSUBSCRIBE.matcher(text);
        assertTrue(link.find(), "an unsubscribe link: " + message);
        return link.group(1).substring(StackSession.current().baseUrl().length());
    }

    /** A reminder set a minute before midnight would be due on a day that has already ended. */
    @Test
    void aTherapistSeesWhichEmailsTheyGetAndKeepsThem() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.await(By.id("nav-emails")).click();
        browser.awaitText(By.id("page-title"), "My emails from the portal");
        String choices = browser.text(By.id("emails:kinds"));
        assertTrue(choices.contains("A notice at once when a patient of mine reports a red flag from home"), choices);
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector("#emails\\:kinds .ui-chkbox-box.ui-state-active"))
                        .size(),
                "the demo therapist gets every email");
        browser.await(By.id("emails:save")).click();
        browser.awaitText(By.id("emails:messages"), "Your choice of emails was saved.");
    }

    private static void awayFromMidnight() throws InterruptedException {
        LocalTime now = LocalTime.now(NORTHSIDE);
        if (now.isAfter(LocalTime.of(23, 58))) {
            Thread.sleep(Duration.between(now, LocalTime.MAX).plusSeconds(5).toMillis());
        }
    }
}
