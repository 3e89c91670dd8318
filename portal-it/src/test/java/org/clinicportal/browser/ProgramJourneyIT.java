package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A therapist builds a runner's program from a template with a changed dosage; the runner signs in,
 * sees today's exercises at that dosage and the return-to-run week, opens the printable handout, and
 * cannot open another patient's program.
 */
class ProgramJourneyIT extends Journey {

    /** Sam Rivera, whom the demo data links to the login northside-patient. */
    private static final long SAM = 900001;
    /** Maya Chen's program, at Harbor: someone else's. */
    private static final long SOMEONE_ELSES_PROGRAM = 900002;

    @Test
    void aTherapistAssignsFromATemplateAndThePatientFollowsItAtHome() throws IOException {
        String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();
        browser.signIn("/therapist/patients/view.xhtml?id=" + SAM, "northside-pt", "demo");
        browser.await(By.id("patient:assign-program")).click();
        browser.awaitText(By.id("page-title"), "Home program for Sam Rivera");

        browser.date("program:start", today);
        browser.date("program:returnToRunFrom", today);
        browser.await(By.id("program:removeAll")).click();
        browser.awaitText(By.cssSelector("[id='program:items']"), "No exercises yet: add a template or an exercise.");
        browser.awaitAjax();
        browser.choose("program:templateToAdd", "Lateral hip (side glute) strengthening");
        browser.await(By.id("program:addTemplate")).click();
        browser.awaitText(By.cssSelector(".item-card:nth-of-type(2) .item-name"), "2. Side-lying leg raise");
        assertEquals(List.of(), browser.unnamedButtons(), "icon buttons have names too");
        assertFalse(
                browser.driver().findElement(By.id("program:item:1:cadence")).isDisplayed(),
                "a strength exercise shows the dosage fields it uses, not a cadence");
        browser.driver()
                .findElement(By.cssSelector(".item-card:nth-of-type(2) .more-fields"))
                .click();
        assertTrue(
                browser.driver().findElement(By.id("program:item:1:cadence")).isDisplayed(), "and the rest on request");
        assertTrue(
                (Boolean)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "window.scrollTo(0, 0);"
                                                + "return document.getElementById('program:save-top').getBoundingClientRect().bottom <= window.innerHeight;"),
                "save is in reach at the top, not only after the last exercise");
        browser.type("program:item:1:reps", "0");
        browser.type("program:notes", "Strength first; running by the ramp.");
        browser.await(By.id("program:save")).click();
        browser.awaitText(By.cssSelector(".item-card:nth-of-type(2) .ui-message-error"), "Repetitions are 1 to 100.");
        assertEquals(
                "Strength first; running by the ramp.",
                browser.driver().findElement(By.id("program:notes")).getAttribute("value"),
                "what was typed is kept");

        browser.type("program:item:1:reps", "14");
        browser.await(By.id("program:save")).click();

        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertTrue(browser.text(By.id("patient:messages")).contains("saved as a new version"));
        String newest = browser.text(By.cssSelector("#program-history tbody tr:first-child"));
        assertTrue(newest.contains("(current)") && newest.contains("northside-pt"), newest);
        assertTrue(browser.text(By.id("program-items"))
                .contains("Side-lying leg raise Whole program 2 × 14 reps · per side · 3 days a week"));

        browser.signOut();
        browser.signIn("/patient/", "northside-patient", "demo");
        browser.awaitText(By.id("page-title"), "My program");
        String due = browser.text(By.id("due"));
        assertTrue(due.contains("Side-lying leg raise\n2 × 14 reps · per side · 3 days a week"), due);
        assertTrue(due.contains("Glute bridge\n2 × 15 reps · 3 days a week"), due);
        assertTrue(browser.text(By.id("run-week"))
                .startsWith("Return to run: week 1\n3 runs this week, each at most 1.5 mi"));
        assertTrue(browser.text(By.id("safety-note")).contains("contact your clinic or a physician"));
        WebElement legRaise = browser.await(By.cssSelector(
                "#due img.exercise-drawing[alt='Side-lying leg raise: the start position, then the end position']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", legRaise)));

        String handout = browser.await(By.id("handout")).getAttribute("href");
        HttpResponse<byte[]> pdf = browser.download(handout.substring(handout.indexOf("/patient/")));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String printed = textOf(pdf.body());
        assertTrue(printed.contains("Side-lying leg raise"), printed);
        assertTrue(printed.contains("2 × 14 reps · per side · 3 days a week"), printed);
        assertTrue(printed.contains("contact your clinic or a physician"), printed);

        browser.await(By.id("whole-program")).click();
        browser.awaitText(By.id("page-title"), "My whole program");
        assertTrue(browser.text(By.id("exercises")).contains("Take care: Do not let the top hip roll backwards"));
        int exercises = browser.driver()
                .findElements(By.cssSelector("#exercises .exercise-card"))
                .size();
        assertEquals(
                exercises,
                browser.driver()
                        .findElements(By.cssSelector("#exercises .exercise-card img.exercise-drawing"))
                        .size(),
                "every exercise of the shared library is drawn");
        assertEquals(exercises, drawingsIn(pdf.body()), "and so is the handout");

        browser.open("/patient/program.xhtml?id=" + SOMEONE_ELSES_PROGRAM);
        assertEquals("Page not found", browser.text(By.cssSelector("#error-404 h1")));
        assertEquals(
                404,
                browser.download("/patient/handout?id=" + SOMEONE_ELSES_PROGRAM).statusCode());
    }

    /** The drawings of a PDF: each is a form of vector lines that a page uses. */
    private static int drawingsIn(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            int drawings = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary forms =
                        reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
                drawings += forms == null ? 0 : forms.size();
            }
            return drawings;
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
