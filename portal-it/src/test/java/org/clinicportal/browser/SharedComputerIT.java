package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinic's shared computer: what one user saw must not be shown to the next from the browser's cache. Every
 * page with personal data is sent with {@code Cache-Control: no-store}; stylesheets and scripts, the same for
 * everyone, stay cacheable.
 */
class SharedComputerIT extends Journey {

    @Test
    void pagesWithPersonalDataAreNeverStored() throws Exception {
        String base = StackSession.current().baseUrl();
        HttpUser therapist = new HttpUser(base, "northside-pt");
        therapist.signIn();
        HttpUser patient = new HttpUser(base, "northside-patient");
        patient.signIn();
        HttpUser admin = new HttpUser(base, "northside-admin");
        admin.signIn();
        List<Page> pages = List.of(
                new Page(therapist, "/therapist/"),
                new Page(therapist, "/therapist/patients/"),
                new Page(therapist, "/therapist/patients/view.xhtml?id=900001"),
                new Page(therapist, "/therapist/intake/record.xhtml?id=900003"),
                new Page(patient, "/patient/"),
                new Page(patient, "/patient/progress.xhtml"),
                new Page(admin, "/clinic-admin/audit.xhtml"),
                new Page(admin, "/clinic-admin/audit.csv"),
                new Page(therapist, "/therapist/patients/view.xhtml?id=999999999"));
        for (Page page : pages) {
            HttpResponse<String> answer = page.user().get(page.path());
            assertTrue(
                    answer.headers().allValues("Cache-Control").contains("no-store"),
                    page.path() + " (" + answer.statusCode() + ") is not stored: "
                            + answer.headers().allValues("Cache-Control"));
        }
        HttpResponse<String> stylesheet = patient.get("/jakarta.faces.resource/css/portal.css.xhtml");
        assertEquals(200, stylesheet.statusCode());
        assertFalse(
                stylesheet.headers().allValues("Cache-Control").stream().anyMatch(value -> value.contains("no-store")),
                "a stylesheet stays cacheable");
    }

    record Page(HttpUser user, String path) {}

    @Test
    void backAfterSigningOutShowsNothingOfThePatient() {
        browser.signIn("/therapist/patients/view.xhtml?id=900001", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Sam Rivera");
        browser.signOut();
        browser.driver().navigate().back();
        browser.await(By.tagName("body"));
        assertFalse(
                browser.driver().getPageSource().contains("Sam Rivera"),
                "Back shows no page of the patient after signing out");
    }
}
