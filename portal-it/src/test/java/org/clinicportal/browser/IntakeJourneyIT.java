package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The therapist's core journey: register a runner, record a full intake with a red flag, see the
 * referral alert, acknowledge it with a note, sign; the signed intake is read-only and takes addenda.
 */
class IntakeJourneyIT extends Journey {

    @Test
    void aTherapistRecordsAnIntakeWithARedFlagAcknowledgesTheReferralAndSigns() {
        String family = "Mensah" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/therapist/patients/edit.xhtml", "northside-pt", "demo");
        browser.type("patient:givenName", "Kofi");
        browser.type("patient:familyName", family);
        browser.date("patient:dateOfBirth", "1984-02-29");
        browser.await(By.id("patient:save")).click();
        browser.awaitText(By.id("page-title"), "Kofi " + family);
        String patientPage = browser.driver().getCurrentUrl();

        browser.await(By.id("patient:start-intake")).click();
        browser.awaitText(By.id("page-title"), "Intake: Kofi " + family);
        assertEquals("Draft", browser.text(By.id("intake:intake-status")));

        choose("Outer (lateral) hip");
        choose("Hours after, or the next morning");
        choose("Lying on the painful side");
        browser.type("intake:sections:painAtRest", "2");
        browser.type("intake:sections:painDuringRun", "3");
        browser.type("intake:sections:painAfterRun", "6");
        browser.type("intake:sections:weeklyNow", "30");
        browser.type("intake:sections:weeklyBefore", "15");

        openTab("Red flags");
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("table.red-flags tr"));
        assertEquals(11, questions.size(), "all eleven red-flag questions are asked");
        for (WebElement question : questions) {
            boolean yes = question.getText().startsWith("Cannot put weight on the leg");
            question.findElement(By.xpath(".//label[text()='" + (yes ? "Yes" : "No") + "']"))
                    .click();
        }

        openTab("Objective");
        assertTrue(
                browser.text(By.id("intake:autosaved")).startsWith("Draft saved automatically"),
                "moving to another section saved the draft");
        browser.type("intake:sections:abductorStrengthLeft", "3");
        browser.type("intake:sections:abductorStrengthRight", "5");
        browser.type("intake:sections:cadence", "158");

        openTab("Assessment");
        browser.await(By.id("intake:save")).click();
        browser.awaitText(By.cssSelector(".ui-messages-info-summary"), "Draft saved.");

        assertEquals("Referral needed: red flags answered yes", browser.text(By.cssSelector(".alert-open h2")));
        assertTrue(browser.text(By.cssSelector(".alert-open ul")).contains("Cannot put weight on the leg"));
        String intakePage = browser.driver().getCurrentUrl();
        browser.driver().get(patientPage);
        assertTrue(
                browser.text(By.id("program")).contains("before assigning a program.\nNo home program yet."),
                "two sentences, two lines: " + browser.text(By.id("program")));
        browser.driver().get(intakePage);
        browser.awaitText(By.id("page-title"), "Intake: Kofi " + family);
        openTab("Subjective");
        assertTrue(browser.text(By.id("intake:sections:rampText")).contains("faster than the 10 % a week rule"));
        openTab("Assessment");
        assertTrue(
                browser.text(By.id("intake:sections:suggestions")).contains("Trochanteric bursitis"),
                "the findings suggest the lateral-hip patterns");

        browser.await(By.cssSelector("button[id$='acknowledge']")).click();
        browser.awaitText(
                By.cssSelector(".alert-open .ui-message-error"),
                "Say what was done about the red flags, e.g. referred to a sports physician on a date.");
        browser.await(By.cssSelector("textarea[id$='acknowledgement']"))
                .sendKeys("Referred to a sports physician today");
        browser.await(By.cssSelector("button[id$='acknowledge']")).click();
        browser.awaitText(By.cssSelector(".alert-closed h2"), "Referral acknowledged");
        assertTrue(browser.text(By.cssSelector(".alert-closed")).contains("Referred to a sports physician today"));

        browser.await(By.id("intake:sign")).click();
        browser.await(By.id("intake:confirm-yes")).click();
        browser.awaitText(By.id("intake:intake-status"), "Signed");
        assertFalse(
                browser.driver().findElement(By.id("intake:sections:reasoning")).isEnabled(),
                "a signed intake is read-only");
        assertTrue(browser.driver().findElements(By.id("intake:save")).isEmpty());

        browser.await(By.id("intake:addendum")).sendKeys("Pain after running was 5, not 6.");
        browser.await(By.id("intake:addAddendum")).click();
        browser.awaitText(By.cssSelector(".addendum p:last-child"), "Pain after running was 5, not 6.");
        assertTrue(browser.text(By.cssSelector(".addendum p.muted")).startsWith("northside-pt"));

        browser.await(By.linkText("Back to the patient")).click();
        browser.awaitText(By.id("page-title"), "Kofi " + family);
        assertFalse(
                browser.text(By.id("alerts")).contains("Referral needed"),
                "saving and signing raised no second referral");
        assertTrue(browser.await(By.id("patient:assign-program")).isDisplayed());

        browser.await(By.id("patient:start-follow-up")).click();
        browser.awaitText(By.id("page-title"), "Follow-up: Kofi " + family);
        assertEquals(
                "2",
                browser.await(By.id("intake:sections:painAtRest")).getAttribute("value"),
                "starts from the intake's values");
        assertEquals("6", browser.await(By.id("intake:sections:painAfterRun")).getAttribute("value"));
        assertEquals("Sign follow-up", browser.text(By.id("intake:sign")));
        browser.type("intake:sections:painAfterRun", "3");
        openTab("Red flags");
        assertTrue(browser.text(By.id("intake:sections:redFlags-followUp")).contains("answers from the last visit"));
        WebElement yes = browser.driver()
                .findElement(By.xpath("//tr[th[starts-with(.,'Cannot put weight on the leg')]]"
                        + "//input[@type='radio'][@value='true']"));
        assertTrue(yes.isSelected(), "the last visit's answers are shown");

        browser.await(By.id("intake:sign")).click();
        browser.await(By.id("intake:confirm-yes")).click();
        browser.awaitText(By.id("intake:intake-status"), "Signed");
        assertTrue(
                browser.driver().findElements(By.cssSelector(".alert-open")).isEmpty(),
                "an unchanged yes raises nothing new");

        browser.await(By.linkText("Back to the patient")).click();
        browser.awaitText(By.id("page-title"), "Kofi " + family);
        assertEquals(
                "Pain after running 6 3",
                browser.text(By.xpath("//div[@id='patient:comparison']//tr[th[text()='Pain after running']]")));
    }

    /** Clicks an option by its label, as a user does. */
    private void choose(String label) {
        browser.await(By.xpath("//label[normalize-space(text())=\"" + label + "\"]"))
                .click();
    }

    /** Opens a section; moving between sections saves the draft, so wait for that to finish. */
    private void openTab(String title) {
        browser.await(By.xpath("//ul[@role='tablist']//a[text()='" + title + "']"))
                .click();
        browser.awaitAjax();
    }
}
