package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A patient who uses no mouse: every step by Tab, typing and Enter, and the focus always visible on the way. */
class KeyboardJourneyIT extends Journey {

    /** Presses on every page stay under this: a control further away is as good as out of reach. */
    private static final int MAX_TABS = 60;

    @Test
    void aPatientLogsASessionAndARunByKeyboardAloneSeeingWhereTheFocusIsAtEveryStep() {
        browser.signIn("/patient/", "harbor-patient", "demo");
        browser.awaitText(By.id("page-title"), "My program");

        tabTo("log-session").sendKeys(Keys.ENTER);
        browser.awaitText(By.id("page-title"), "Log today's session");
        tabTo("session:painDuring").sendKeys("2");
        tabTo("session:painAfter").sendKeys("3");
        tabTo("session:note").sendKeys("Logged without a mouse.");
        tabTo("session:save").sendKeys(Keys.ENTER);
        browser.awaitText(By.id("page-title"), "My program");
        assertTrue(browser.text(By.id("messages")).contains("Your session was"), browser.text(By.id("messages")));

        tabTo("log-run").sendKeys(Keys.ENTER);
        browser.awaitText(By.id("page-title"), "Log a run");
        tabTo("run:distance").sendKeys("4.5");
        tabTo("run:duration").sendKeys("32");
        tabTo("run:painDuring").sendKeys("1");
        tabTo("run:painAfter").sendKeys("2");
        tabTo("run:save").sendKeys(Keys.ENTER);
        browser.awaitText(By.id("page-title"), "My program");
        assertTrue(browser.text(By.id("messages")).contains("Your run was saved."), browser.text(By.id("messages")));
    }

    /**
     * Presses Tab from wherever the focus is until it lands on the element, checking at each stop that the focused
     * control shows it has the focus (an outline or a ring).
     */
    private WebElement tabTo(String id) {
        browser.await(By.id(id));
        for (int presses = 0; presses < MAX_TABS; presses++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
            WebElement next = browser.driver().switchTo().activeElement();
            if (!"body".equals(next.getTagName())) {
                assertTrue(showsFocus(next), "no visible focus on " + describe(next));
            }
        }
        return fail("Tab never reached " + id);
    }

    private boolean showsFocus(WebElement element) {
        Object visible = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const s = getComputedStyle(arguments[0]);"
                                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                                + " || (s.boxShadow && s.boxShadow !== 'none');",
                        element);
        return Boolean.TRUE.equals(visible);
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id") + "." + element.getAttribute("class");
    }
}
