package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The portal in German, walked as a therapist does: the switch in the header, Keycloak's sign-in page in the same
 * language, the pages and their days in German, and the choice kept for the next sign-in from another browser.
 * Screenshots of each screen are kept in {@code target/screenshots}.
 */
class GermanJourneyIT extends Journey {

    private static final String SAMS_PAGE = "/therapist/patients/view.xhtml?id=900001";

    @Test
    void aTherapistChoosesGermanAndThePortalAndKeycloakSpeakItUntilTheyChooseEnglishAgain() throws IOException {
        browser.open("/");
        browser.await(By.id("language-de")).click();
        browser.awaitText(By.id("sign-in"), "Bei Ihrer Praxis anmelden");
        keep(browser, "de-1-start");

        browser.await(By.id("sign-in")).click();
        browser.await(By.id("kc-form-login"));
        assertEquals(
                "de", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "Keycloak speaks German");
        keep(browser, "de-2-keycloak");
        browser.signInOnKeycloaksForm("northside-pt", "demo");
        try {
            browser.awaitText(By.id("page-title"), "Startseite Therapie");
            browser.await(By.id("language-de")).click();
            browser.awaitText(By.id("page-title"), "Startseite Therapie");
            keep(browser, "de-3-caseload");

            browser.open(SAMS_PAGE);
            browser.awaitText(By.id("page-title"), "Sam Rivera");
            assertEquals("14.05.1989", browser.text(By.id("born")).substring(0, 10), "a German date");
            String alerts = browser.await(By.id("alert-list")).getText();
            assertTrue(alerts.contains("+24,3 %"), "the demo's ramp alert, with a decimal comma: " + alerts);
            assertTrue(alerts.contains(": 80 Std."), "the demo's soreness alert, in German: " + alerts);
            String program = browser.await(By.id("program-items")).getText();
            assertTrue(program.contains("Gesäßbrücke") && !program.contains("Glute bridge"), program);
            keep(browser, "de-4-patient");

            browser.open("/therapist/library/");
            browser.awaitText(By.id("page-title"), "Übungsbibliothek");
            String library = browser.await(By.id("library:exercises")).getText();
            assertTrue(
                    library.contains("Fuß unter dem Körper aufsetzen") && !library.contains("Land with the foot"),
                    library);
            keep(browser, "de-5-library");
            browser.signOut();

            try (Browser another = new Browser(StackSession.current().baseUrl())) {
                another.signIn("/therapist/", "northside-pt", "demo");
                another.awaitText(By.id("page-title"), "Startseite Therapie");
            }
        } finally {
            try (Browser resetting = new Browser(StackSession.current().baseUrl())) {
                resetting.signIn("/therapist/", "northside-pt", "demo");
                resetting.await(By.id("language-en")).click();
                resetting.awaitText(By.id("page-title"), "Therapist home");
            }
        }
    }

    /** A patient at home reads the shared library's exercises of their program in German: names and steps. */
    @Test
    void aPatientReadsTheirWholeProgramInGerman() throws IOException {
        browser.open("/");
        browser.await(By.id("language-de")).click();
        browser.awaitText(By.id("sign-in"), "Bei Ihrer Praxis anmelden");
        browser.signIn("/patient/", "northside-patient", "demo");
        try {
            browser.await(By.id("whole-program")).click();
            String exercises = browser.await(By.id("exercises")).getText();
            assertTrue(exercises.contains("Gesäßbrücke"), exercises);
            assertTrue(exercises.contains("Spannen Sie das Gesäß an"), "the steps in German: " + exercises);
            assertTrue(!exercises.contains("Glute bridge"), exercises);
            keep(browser, "de-6-program");
        } finally {
            try (Browser resetting = new Browser(StackSession.current().baseUrl())) {
                resetting.signIn("/patient/", "northside-patient", "demo");
                resetting.await(By.id("language-en")).click();
                resetting.awaitText(By.id("whole-program"), "My whole program");
            }
        }
    }

    /**
     * Keycloak writes the invitation itself; it follows the new account's language, which is the language of the
     * page the clinic admin created it on.
     */
    @Test
    void anInvitationSentFromGermanPagesIsWrittenInGerman() throws IOException, InterruptedException {
        String username = "greta" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@example.org";
        browser.open("/");
        browser.await(By.id("language-de")).click();
        browser.awaitText(By.id("sign-in"), "Bei Ihrer Praxis anmelden");
        browser.signIn("/clinic-admin/", "northside-admin", "demo");
        browser.awaitText(By.id("page-title"), "Praxisverwaltung");

        browser.type("new-member:givenName", "Greta");
        browser.type("new-member:familyName", "Vogel");
        browser.type("new-member:username", username);
        browser.type("new-member:email", email);
        browser.await(By.id("new-member:create")).click();
        browser.awaitText(By.id("invited-username"), username);

        String invitation = new Mailbox(StackSession.current().mailApiUrl()).latestMessage(email, 0);
        assertTrue(invitation.contains("Subject: Aktualisieren Sie Ihr Konto"), invitation);
    }

    private static void keep(Browser browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
