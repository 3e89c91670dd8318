package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The red flag that matters most: a runner reports from home that the pain wakes them at night. Their
 * therapist gets an email that says so (and nothing about the patient), opens the patient page, sees the red flag before anything else, cannot acknowledge it
 * without saying what was done, and then can; the program is no longer blocked.
 */
class RedFlagJourneyIT extends Journey {

    /** Sam Rivera, linked to northside-patient in the demo data. */
    private static final String SAMS_PAGE = "/therapist/patients/view.xhtml?id=900001";
    /** Sam's therapist, northside-pt, as the clinic's staff list has her. */
    private static final String THERAPISTS_EMAIL = "northside-pt@clinicportal.test";

    private static final By OPEN_RED_FLAG =
            By.xpath("//ul[@id='alert-list']/li[contains(@class,'open')][.//span[text()='Red flag']]");

    @Test
    void aRedFlagReportedFromHomeIsSeenFirstAndAcknowledgedWithANote() throws Exception {
        Mailbox therapistsMail = new Mailbox(StackSession.current().mailApiUrl());
        int before = therapistsMail.messagesTo(THERAPISTS_EMAIL).size();
        browser.signIn("/patient/symptoms.xhtml", "northside-patient", "demo");
        browser.awaitText(By.id("page-title"), "Report new symptoms");
        browser.await(By.xpath("//label[text()='The pain wakes me at night.']")).click();
        browser.await(By.id("symptoms:report")).click();
        browser.awaitText(By.cssSelector("#symptoms\\:contact h2"), "Please contact your clinic or a physician now");
        browser.signOut();

        String notice = therapistsMail.latestMessage(THERAPISTS_EMAIL, before);
        assertTrue(notice.contains("Subject: Clinic Portal: a patient reported a red flag"), notice);
        assertTrue(
                notice.contains(StackSession.current().baseUrl() + SAMS_PAGE),
                "links to the patient's page: " + notice);
        assertFalse(
                notice.contains("Sam")
                        || notice.contains("Rivera")
                        || notice.toLowerCase().contains("night"),
                "no health data in an email: " + notice);

        browser.signIn(SAMS_PAGE, "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertTrue(
                browser.text(By.id("alerts")).contains("reported by the patient from home"),
                browser.text(By.id("alerts")));
        assertTrue(
                browser.driver().findElements(By.id("patient:assign-program")).isEmpty(),
                "the red flag blocks program changes");
        WebElement first = browser.await(By.cssSelector("#alert-list > li"));
        assertTrue(
                first.getText().contains("Red flag") && first.getText().contains("Pain wakes the patient at night"),
                first.getText());

        browser.await(OPEN_RED_FLAG).findElement(By.cssSelector(".ack-button")).click();
        browser.awaitAjax();
        browser.await(By.id("acknowledge:confirm-acknowledge")).click();
        browser.awaitAjax();
        browser.awaitText(
                By.cssSelector("[id='acknowledge:acknowledge-panel'] .ui-message-error"),
                "Say what was done about the red flags, e.g. referred to a sports physician on a date.");
        assertTrue(browser.await(By.id("acknowledge:note")).isDisplayed(), "the dialog stays open with its field");

        browser.type("acknowledge:note", "Phoned Sam: seen by his GP tomorrow, no running until then.");
        browser.await(By.id("acknowledge:confirm-acknowledge")).click();
        browser.awaitAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(OPEN_RED_FLAG).isEmpty());
        assertTrue(browser.text(By.id("alert-list")).contains("Phoned Sam: seen by his GP tomorrow"));

        browser.open(SAMS_PAGE);
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertFalse(browser.text(By.id("alerts")).contains("Referral needed"));
        assertTrue(
                browser.await(By.id("patient:assign-program")).isDisplayed(),
                "acknowledged, the program can change again");
    }
}
