package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a scanner sends, answered as a browser user would want: a made-up or nonce-less postback and a
 * value no component could have sent get 400 and the "open it again" page in full, never a 500 or a
 * stack trace in the log; a page parameter that is no number gets 404.
 */
class MalformedRequestsIT extends Journey {

    /** Maya Chen, a patient of Harbor, not of Northside. */
    private static final long HARBOR_PATIENT = 900004;

    private static final long HARBOR_INTAKE = 900004;
    private static final long NO_SUCH_ID = 987654321;

    /** The portal writes one line per request under this logger (org.clinicportal.web.RequestStatistics). */
    private static final String REQUEST_STATISTICS = "org.clinicportal.web.RequestStatistics";

    @Test
    void aMadeUpPostbackGetsTheFullOpenAgainPageAndOneLogLine() throws IOException {
        long linesBefore = logLines();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = browser.post("/index.xhtml", Map.of("jakarta.faces.ViewState", "1:2"));
            assertEquals(400, answer.statusCode());
            assertOpenAgainPage(answer.body());
        }
        long written = logLines() - linesBefore;
        assertTrue(written <= 5, "one log entry per request, not " + written);
    }

    @Test
    void signingOutWithoutASessionOrTwiceLandsOnTheStartPage() throws IOException {
        long linesBefore = logLines();
        HttpResponse<String> anonymous = browser.post("/logout", Map.of());
        assertEquals(302, anonymous.statusCode());
        assertTrue(
                anonymous.headers().firstValue("Location").orElse("").endsWith("/"),
                anonymous.headers().toString());

        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");
        browser.signOut();
        HttpResponse<String> again = browser.post("/logout", Map.of());
        assertTrue(
                again.statusCode() == 302 || again.statusCode() == 303,
                "a stale page's sign-out: " + again.statusCode());
        assertFalse(
                Files.readAllLines(StackSession.current().portalLog()).stream()
                        .skip(linesBefore)
                        .anyMatch(line -> line.contains("NullPointerException")),
                "no stack trace for a sign-out without a sign-in");
    }

    @Test
    void aPageParameterThatIsNoNumberIsNotFound() {
        assertNotFoundForNorthsidesTherapist(List.of(
                "/therapist/patients/view.xhtml?id=abc",
                "/therapist/intake/record.xhtml?id=x1",
                "/therapist/library/exercise.xhtml?id=%27",
                "/therapist/templates/view.xhtml?id=1.5",
                "/therapist/patients/edit.xhtml?id=-"));
    }

    @Test
    void anotherClinicsPatientIsNotFoundOnEveryPageThatTakesAPatient() {
        assertNotFoundForNorthsidesTherapist(List.of(
                "/therapist/patients/view.xhtml?id=" + HARBOR_PATIENT,
                "/therapist/patients/edit.xhtml?id=" + HARBOR_PATIENT,
                "/therapist/patients/measures.xhtml?patient=" + HARBOR_PATIENT,
                "/therapist/programs/assign.xhtml?patient=" + HARBOR_PATIENT));
    }

    /** Another clinic's intake, and exercises and templates that no one has: 404, decided in one place for all. */
    @Test
    void anIdThatFindsNothingIsNotFoundOnEveryPageThatTakesOne() {
        assertNotFoundForNorthsidesTherapist(List.of(
                "/therapist/intake/record.xhtml?id=" + HARBOR_INTAKE,
                "/therapist/library/exercise.xhtml?id=" + NO_SUCH_ID,
                "/therapist/library/edit.xhtml?id=" + NO_SUCH_ID,
                "/therapist/templates/view.xhtml?id=" + NO_SUCH_ID,
                "/therapist/templates/edit.xhtml?id=" + NO_SUCH_ID));
    }

    /** Each page answers Northside's therapist 404 with the portal's page, and shows nothing of Harbor's patient. */
    private void assertNotFoundForNorthsidesTherapist(List<String> pages) {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");
        for (String page : pages) {
            HttpResponse<String> answer = browser.get(page);
            assertEquals(404, answer.statusCode(), page);
            assertTrue(answer.body().contains("Page not found"), page);
            assertFalse(answer.body().contains("Maya"), page);
        }
    }

    @Test
    void aDayThatNoCalendarHasIsNotFound() {
        browser.signIn("/patient/", "northside-patient", "demo");
        browser.await(By.id("log-session"));
        for (String day : List.of("2026-02-30", "0001-01-01", "2026-13-01", "yesterday")) {
            assertEquals(
                    404, browser.get("/patient/log-session.xhtml?day=" + day).statusCode(), day);
        }
    }

    @Test
    void postbacksWithAForeignValueOrWithoutTheNonceAreRefusedBeforeTheyChangeAnything() {
        browser.signIn("/therapist/", "northside-pt", "demo");
        browser.awaitText(By.id("page-title"), "Therapist home");
        browser.open("/therapist/intake/record.xhtml?id=900003");
        browser.await(By.id("intake:sections"));
        String page = browser.driver().getPageSource();
        String viewState =
                browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        Matcher nonce = JsfForm.NONCE.matcher(page);
        assertTrue(nonce.find(), "the page carries a CSP nonce");

        Map<String, String> tabIndex = new LinkedHashMap<>();
        tabIndex.put("intake", "intake");
        tabIndex.put("jakarta.faces.ViewState", viewState);
        tabIndex.put("primefaces.nonce", nonce.group(1));
        tabIndex.put("intake:sections_activeIndex", "abc");
        tabIndex.put("intake:save", "");
        HttpResponse<String> answer = browser.post("/therapist/intake/record.xhtml", tabIndex);
        assertEquals(400, answer.statusCode());
        assertOpenAgainPage(answer.body());

        Map<String, String> noNonce = new LinkedHashMap<>(tabIndex);
        noNonce.remove("primefaces.nonce");
        noNonce.remove("intake:sections_activeIndex");
        answer = browser.post("/therapist/intake/record.xhtml", noNonce);
        assertEquals(400, answer.statusCode());
        assertOpenAgainPage(answer.body());

        answer = browser.post(
                "/therapist/index.xhtml", Map.of("jakarta.faces.ViewState", "stale", "caseload", "caseload"));
        assertEquals(400, answer.statusCode());
    }

    private static void assertOpenAgainPage(String body) {
        assertTrue(body.contains("This page has to be opened again"), body);
        assertTrue(body.strip().endsWith("</html>"), "the whole page, not one cut off: " + body);
        assertFalse(
                body.contains("\tat ") || body.contains("Caused by") || body.contains("Exception:"),
                "no stack trace: " + body);
    }

    /** The log's entries so far, but for the request statistics' line per request. */
    private static long logLines() throws IOException {
        Path log = StackSession.current().portalLog();
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> !line.isBlank() && !line.contains(REQUEST_STATISTICS))
                    .count();
        }
    }
}
