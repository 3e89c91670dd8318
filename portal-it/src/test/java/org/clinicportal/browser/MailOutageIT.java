package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mail server is down: an invitation that cannot be sent says so and leaves nothing behind (the patient has
 * no half-made login), and a red flag reported from home is stored and shown as ever, the failed notice a line
 * in the log.
 */
class MailOutageIT extends Journey {

    private final PortalStack stack = StackSession.current();
    private boolean mailStopped;

    @AfterEach
    void mailRunsAgain() {
        if (mailStopped) {
            stack.startMailServer();
        }
    }

    @Test
    void anInvitationThatCannotBeSentLeavesNothingAndAReportStandsWithoutItsNotice() throws Exception {
        String family = "Mailless" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("/therapist/patients/", "northside-pt", "demo");
        browser.await(By.id("register")).click();
        browser.await(By.id("patient:givenName"));
        browser.type("patient:givenName", "Ines");
        browser.type("patient:familyName", family);
        browser.date("patient:dateOfBirth", "1990-04-02");
        browser.type("patient:email", "ines." + family.toLowerCase() + "@example.org");
        browser.await(By.id("patient:save")).click();
        browser.awaitText(By.id("page-title"), "Ines " + family);

        stack.stopMailServer();
        mailStopped = true;
        browser.await(By.id("patient:give-access")).click();
        String message = browser.await(By.cssSelector("[id='patient:messages'] .ui-messages-error"))
                .getText();
        assertTrue(message.contains("could not send the invitation email"), message);
        browser.driver().navigate().refresh();
        browser.awaitText(By.id("page-title"), "Ines " + family);
        assertEquals("Not yet given.", browser.text(By.id("portal-access")), "nothing half-made is kept");
        browser.signOut();

        long linesBefore = Files.readAllLines(stack.portalLog()).size();
        browser.signIn("/patient/symptoms.xhtml", "northside-patient", "demo");
        browser.awaitText(By.id("page-title"), "Report new symptoms");
        browser.await(By.xpath("//label[text()='The pain wakes me at night.']")).click();
        browser.await(By.id("symptoms:report")).click();
        browser.awaitText(By.cssSelector("#symptoms\\:contact h2"), "Please contact your clinic or a physician now");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(500))
                .until(driver -> {
                    try {
                        return Files.readAllLines(stack.portalLog()).stream()
                                .skip(linesBefore)
                                .anyMatch(line -> line.contains("Could not email the therapist about a red flag"));
                    } catch (IOException e) {
                        return false;
                    }
                });
        browser.signOut();

        browser.signIn("/therapist/patients/view.xhtml?id=900001", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        assertTrue(browser.text(By.id("alerts")).contains("reported by the patient from home"), "the report stands");
    }
}
