package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The therapist's schedule picks HOOS-12 beside LEFS; the runner is asked for both at home, is told next to nothing
 * lost when a part of HOOS-12 has too few answers, and then sees the three scales charted. The therapist sees the
 * same chart, and the visit form asks HOOS-12 too.
 */
class QuestionnaireJourneyIT extends Journey {

    private static final By LEFS_ITEMS = By.cssSelector(".ui-selectoneradio[id$=':answer']");
    private static final By HOOS_ITEMS = By.cssSelector(".ui-selectoneradio[id$=':hoosAnswer']");

    @Test
    void hoos12IsAnsweredAtHomeAndChartedBesideLefs() throws Exception {
        NewRunner runner = NewRunner.signedIn(browser, "Hana", "Hoos");
        assertTrue(browser.driver().findElements(By.id("questionnaire-due")).isEmpty(), "not asked without a schedule");
        browser.signOut();

        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.type("caseload:name", runner.family());
        browser.await(By.cssSelector("#caseload\\:patients tbody tr:only-child td:first-child a"))
                .click();
        browser.awaitText(By.id("page-title"), "Hana " + runner.family());
        String patientPage = browser.driver().getCurrentUrl();
        browser.type("progress:every", "2");
        browser.await(By.cssSelector("[id='progress:with-hoos'] .ui-chkbox-box"))
                .click();
        browser.await(By.id("progress:schedule")).click();
        browser.awaitText(By.id("progress:progress-messages"), "The questionnaire schedule was saved.");
        browser.signOut();

        browser.signIn("/patient/", runner.username(), runner.password());
        browser.await(By.id("questionnaire-fill")).click();
        browser.awaitText(By.id("page-title"), "Your questionnaire");
        List<WebElement> lefs = browser.driver().findElements(LEFS_ITEMS);
        assertEquals(20, lefs.size());
        lefs.forEach(item -> answer(item, 3));
        browser.type("measure:pain", "2");
        List<WebElement> hoos = browser.driver().findElements(HOOS_ITEMS);
        assertEquals(12, hoos.size());
        answer(hoos.get(0), 1);
        for (int item = 4; item < 8; item++) {
            answer(hoos.get(item), 1);
        }
        for (int item = 8; item < 12; item++) {
            answer(hoos.get(item), 2);
        }
        browser.await(By.id("measure:save")).click();
        browser.awaitText(
                By.id("measure:messages"),
                "Answer at least two questions in each part of the hip questionnaire (HOOS-12).");
        hoos = browser.driver().findElements(HOOS_ITEMS);
        assertTrue(isChosen(hoos.get(0), 1) && isChosen(hoos.get(11), 2), "every answer given stays");
        assertTrue(isChosen(browser.driver().findElements(LEFS_ITEMS).get(19), 3));

        answer(hoos.get(1), 2);
        browser.await(By.id("measure:save")).click();
        browser.awaitText(By.id("page-title"), "My progress");
        browser.await(By.cssSelector("[id='hoos-chart'] canvas"));
        assertTrue(browser.text(By.id("messages")).contains("Thank you: the questionnaire was saved."));
        assertEquals(List.of("63", "75", "50"), lastRow("hoos-chart"), "pain 1 and 2, function 1s, quality 2s");
        browser.signOut();

        browser.signIn(patientPage.substring(patientPage.indexOf("/therapist/")), "northside-pt", "demo");
        browser.await(By.cssSelector("[id='progress:hoos-chart'] canvas"));
        assertEquals(List.of("63", "75", "50"), lastRow("progress:hoos-chart"));
        assertTrue(browser.await(By.cssSelector("[id='progress:with-hoos'] .ui-chkbox-box"))
                .getAttribute("class")
                .contains("ui-state-active"));
        browser.await(By.id("progress:record-measures")).click();
        browser.awaitText(By.id("page-title"), "Outcome measures");
        assertEquals(12, browser.driver().findElements(HOOS_ITEMS).size(), "the visit form asks HOOS-12 too");
        browser.await(By.cssSelector("[id='measure:withHoos'] .ui-chkbox-box")).click();
        browser.awaitAjax();
        assertFalse(
                browser.driver().findElements(HOOS_ITEMS).stream().anyMatch(WebElement::isDisplayed),
                "and leaves it out when the therapist says so");
    }

    private void answer(WebElement item, int value) {
        item.findElements(By.cssSelector(".ui-radiobutton-box")).get(value).click();
    }

    private static boolean isChosen(WebElement item, int value) {
        return item.findElements(By.cssSelector(".ui-radiobutton-box"))
                .get(value)
                .getAttribute("class")
                .contains("ui-state-active");
    }

    /** The scores of the last taking in the numbers behind a chart, which sit folded away after it. */
    private List<String> lastRow(String chartId) {
        WebElement card = browser.driver()
                .findElement(By.cssSelector("[id='" + chartId + "']"))
                .findElement(By.xpath("ancestor::article"));
        List<WebElement> cells = card.findElements(By.cssSelector(".chart-numbers tbody tr:last-child td"));
        return cells.stream()
                .map(cell -> cell.getAttribute("textContent").strip())
                .toList();
    }
}
