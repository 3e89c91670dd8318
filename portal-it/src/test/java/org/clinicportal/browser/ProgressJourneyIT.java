package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The loop between home and clinic: the runner logs today's session and a run that breaks the ramp;
 * the therapist sees adherence rise and the ramp alert on the caseload, reads the charts on the
 * patient page, and acknowledges the alert, which then stays in its history.
 */
class ProgressJourneyIT extends Journey {

    /**
     * Sam Rivera's page. The demo data links him to northside-patient and gives him six weeks of logs,
     * up to the day before yesterday, and last week's ramp warning still open.
     */
    private static final String SAMS_PAGE = "/therapist/patients/view.xhtml?id=900001";

    private static final By SAMS_ROW = By.xpath("//tr[.//a[text()='Rivera, Sam']]");
    private static final By OPEN_RAMP_ALERT =
            By.xpath("//ul[@id='alert-list']/li[contains(@class,'open')][.//span[text()='Running ramp exceeded']]");

    @Test
    void thePatientLogsAtHomeAndTheTherapistSeesAndAcknowledges() {
        browser.signIn(SAMS_PAGE, "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        acknowledgeRampAlert("Last week's warning: discussed at the visit.");
        int adherenceBefore = adherence7Days(browser.text(By.id("progress-adherence")));
        browser.signOut();

        browser.signIn("/patient/", "northside-patient", "demo");
        browser.await(By.id("log-session")).click();
        browser.awaitText(By.id("page-title"), "Log today's session");
        browser.await(By.id("session:all-done")).click();
        browser.awaitAjax();
        browser.type("session:painDuring", "1");
        browser.type("session:painAfter", "1");
        browser.await(By.id("session:save")).click();
        browser.awaitText(By.id("page-title"), "My program");
        assertTrue(browser.text(By.id("messages")).contains("Your session was"), browser.text(By.id("messages")));

        browser.await(By.id("log-run")).click();
        browser.awaitText(By.id("page-title"), "Log a run");
        browser.type("run:distance", "3,5");
        browser.type("run:duration", "190");
        browser.type("run:painDuring", "-1");
        browser.type("run:painAfter", "2.5");
        browser.await(By.id("run:save")).click();
        browser.awaitText(
                By.cssSelector("[id='run:distance'] + .ui-message-error, [id='run:distance'] ~ .ui-message-error"),
                "Enter a number with a point for decimals, e.g. 3.5.");
        assertEquals(
                "Rate the pain during, 0 (none) to 10 (worst).",
                browser.text(By.cssSelector("[id='run:painDuring'] ~ .ui-message-error")),
                "-1 is refused, not stored as 0");
        assertEquals(
                "Enter a whole number, e.g. 5.",
                browser.text(By.cssSelector("[id='run:painAfter'] ~ .ui-message-error")));
        assertEquals(
                "3,5",
                browser.driver().findElement(By.id("run:distance")).getAttribute("value"),
                "what was typed stays");
        browser.type("run:distance", "20");
        browser.type("run:painDuring", "1");
        browser.type("run:painAfter", "2");
        browser.await(By.id("run:save")).click();
        browser.awaitText(By.id("page-title"), "My program");
        String messages = browser.text(By.id("messages"));
        assertTrue(messages.contains("Your run was saved."), messages);
        assertTrue(messages.contains("Your therapist has been told; do not add more this week."), messages);
        browser.signOut();

        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");
        List<WebElement> cells = browser.await(SAMS_ROW).findElements(By.tagName("td"));
        assertTrue(
                cells.get(5).getText().contains("Running ramp exceeded"),
                cells.get(5).getText());
        int adherenceAfter = adherence7Days(cells.get(1).getText());
        assertTrue(
                adherenceAfter > adherenceBefore,
                "adherence " + adherenceBefore + " % before, " + adherenceAfter + " % after");

        browser.open(SAMS_PAGE);
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        for (String chart : List.of("pain-chart", "distance-chart", "lefs-chart", "adherence-chart")) {
            browser.await(By.cssSelector("[id='progress:" + chart + "'] canvas"));
        }
        acknowledgeRampAlert("Phoned Sam: hold 12 miles next week.");
        String history = browser.text(By.id("alert-list"));
        assertTrue(
                history.contains("Acknowledged by northside-pt")
                        && history.contains("Phoned Sam: hold 12 miles next week."),
                history);

        browser.open("/therapist/");
        assertFalse(browser.await(SAMS_ROW)
                .findElements(By.tagName("td"))
                .get(5)
                .getText()
                .contains("Running ramp exceeded"));
    }

    private void acknowledgeRampAlert(String note) {
        browser.await(OPEN_RAMP_ALERT)
                .findElement(By.cssSelector(".ack-button"))
                .click();
        browser.awaitAjax();
        browser.type("acknowledge:note", note);
        browser.await(By.id("acknowledge:confirm-acknowledge")).click();
        browser.awaitAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(OPEN_RAMP_ALERT).isEmpty());
    }

    /** The 7-day figure of "89 %" or of "89 % / 85 %"; a dash (nothing due) counts as 0. */
    private static int adherence7Days(String text) {
        String first = text.split("/")[0].replace("%", "").strip();
        return first.equals("—") ? 0 : Integer.parseInt(first);
    }
}
