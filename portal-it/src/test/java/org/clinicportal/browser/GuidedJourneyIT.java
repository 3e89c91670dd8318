package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A runner on a 375 px phone goes through today's exercises one at a time, by keyboard: counts repetitions, times a
 * hold, checks off every set, says how the pain was, and finishes. The day's session log holds what was done; a
 * second guided session the same day corrects that log and never adds another.
 */
class GuidedJourneyIT extends Journey {

    @Test
    void aGuidedSessionFillsTheDaysSessionLogOnce() throws Exception {
        NewRunner.signedIn(browser, "Ivo", "Guided");
        browser.driver().manage().window().setSize(new Dimension(375, 812));

        browser.await(By.id("guided-start")).click();
        browser.awaitText(By.id("page-title"), "Guided session");
        String first = browser.text(By.id("progress"));
        assertTrue(first.startsWith("Exercise 1 of "), first);
        int count = Integer.parseInt(first.substring("Exercise 1 of ".length()).strip());

        boolean counted = false;
        boolean held = false;
        for (int step = 1; step <= count; step++) {
            browser.awaitText(By.id("progress"), "Exercise " + step + " of " + count);
            List<WebElement> reps = browser.driver().findElements(By.cssSelector(".rep-add"));
            if (!reps.isEmpty()) {
                press(reps.get(0));
                press(reps.get(0));
                assertTrue(browser.text(By.cssSelector(".rep-count")).startsWith("2 / "), "counts repetitions");
                counted = true;
            }
            List<WebElement> holds = browser.driver().findElements(By.cssSelector(".hold-start"));
            if (!holds.isEmpty()) {
                String before = browser.text(By.cssSelector(".hold-left"));
                press(holds.get(0));
                Thread.sleep(2_100);
                assertNotEquals(before, browser.text(By.cssSelector(".hold-left")), "the hold counts down");
                held = true;
            }
            int sets = browser.driver()
                    .findElements(By.cssSelector("[id$=':set']"))
                    .size();
            for (int set = 0; set < sets; set++) {
                press(browser.await(By.id("guided:sets:" + set + ":set")));
                browser.awaitText(By.id("guided:sets-done"), (set + 1) + " of " + sets + " sets done");
            }
            assertEquals("true", browser.await(By.id("guided:sets:0:set")).getAttribute("aria-pressed"));
            press(browser.await(By.id("guided:next")));
        }
        assertTrue(counted || held, "the program has repetitions or holds to count");
        browser.awaitText(By.id("progress"), "Last step: how was the pain?");
        browser.type("guided:painDuring", "2");
        browser.type("guided:painAfter", "1");
        press(browser.await(By.id("guided:finish")));
        browser.awaitText(By.id("page-title"), "My program");
        assertTrue(browser.text(By.id("messages")).contains("Your session was saved."));

        browser.open("/patient/log-session.xhtml");
        browser.awaitText(By.id("page-title"), "Log today's session");
        assertTrue(
                browser.text(By.id("session-day")).contains("already reported"), "the guided session is the day's log");
        for (WebElement spinner : browser.driver().findElements(By.cssSelector(".sets-spinner input"))) {
            assertNotEquals("0", spinner.getAttribute("value"), "every set checked off was stored");
        }
        assertEquals(
                "1", browser.driver().findElement(By.id("session:painAfter")).getAttribute("value"));

        browser.open("/patient/guided.xhtml");
        browser.await(By.id("guided:sets-done"));
        assertTrue(browser.text(By.id("guided:sets-done")).matches("(\\d+) of \\1 sets done"), "shows what was logged");
        for (int step = 1; step <= count; step++) {
            press(browser.await(By.id("guided:next")));
            browser.awaitAjax();
        }
        browser.awaitText(By.id("progress"), "Last step: how was the pain?");
        browser.type("guided:painAfter", "3");
        press(browser.await(By.id("guided:finish")));
        browser.awaitText(By.id("page-title"), "My program");
        assertTrue(browser.text(By.id("messages")).contains("corrected"), browser.text(By.id("messages")));
    }

    /** Presses the button as a keyboard user does: focus it, then Enter. */
    private void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
        browser.awaitAjax();
    }
}
