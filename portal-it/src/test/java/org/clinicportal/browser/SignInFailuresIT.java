package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;

/**
 * Every way a sign-in can go wrong ends on a portal page that says so and offers to sign in again, never on an
 * empty answer or a 500; and refused requests get the same protective headers as any page.
 */
class SignInFailuresIT {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    private final String base = StackSession.current().baseUrl();

    @Test
    void aCallbackOpenedAgainInAnotherBrowserShowsTheSignInFailedPage() throws Exception {
        HttpUser therapist = new HttpUser(base, "northside-pt");
        String callback = therapist.signInUpToCallback();

        assertSignInFailedPage(new HttpUser(base, "northside-pt"), callback);
    }

    @Test
    void aCallbackOpenedAgainInTheSameBrowserSignsInOnceAndThenLeadsHome() throws Exception {
        HttpUser therapist = new HttpUser(base, "northside-pt");
        String callback = therapist.signInUpToCallback();
        assertTrue(therapist
                .get(callback)
                .headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/therapist/"));

        HttpResponse<String> again = therapist.get(callback);
        assertEquals(302, again.statusCode());
        assertTrue(
                again.headers().firstValue("Location").orElse("").endsWith("/therapist/"),
                "a signed-in session just goes home");
    }

    @Test
    void aMadeUpCallbackShowsTheSignInFailedPage() throws Exception {
        assertSignInFailedPage(new HttpUser(base, "nobody"), base + "/callback?code=made-up&state=made-up");
    }

    @Test
    void anErrorSentBackByKeycloakShowsTheSignInFailedPage() throws Exception {
        HttpUser user = new HttpUser(base, "northside-pt");
        assertSignInFailedPage(user, base + "/callback?error=access_denied&state=" + stateOfSignInStartedBy(user));
    }

    /** What Keycloak's token endpoint answers a wrong client secret (401) or a used code (400) takes the same path. */
    @Test
    void aCodeTheTokenEndpointRefusesShowsTheSignInFailedPage() throws Exception {
        HttpUser user = new HttpUser(base, "northside-pt");
        assertSignInFailedPage(user, base + "/callback?code=no-such-code&state=" + stateOfSignInStartedBy(user));
    }

    @Test
    void theRefusedPageCarriesTheSecurityHeaders() throws Exception {
        HttpUser patient = new HttpUser(base, "northside-patient");
        patient.signIn();

        HttpResponse<String> refused = patient.get("/therapist/");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("This page is not for your role"), refused.body());
        assertEquals(
                "nosniff",
                refused.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", refused.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(
                refused.headers().allValues("Content-Security-Policy").stream()
                        .anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
                refused.headers().allValues("Content-Security-Policy").toString());
        assertTrue(refused.headers().allValues("Cache-Control").contains("no-store"));
    }

    private static String stateOfSignInStartedBy(HttpUser user) throws Exception {
        String signIn = user.get("/home").headers().firstValue("Location").orElseThrow();
        Matcher state = STATE.matcher(signIn);
        assertTrue(state.find(), signIn);
        return state.group(1);
    }

    private void assertSignInFailedPage(HttpUser user, String callback) throws Exception {
        HttpResponse<String> answer = user.get(callback);
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Location").orElse("").endsWith("/sign-in-failed.xhtml"),
                answer.headers().toString());

        HttpResponse<String> page = user.get("/sign-in-failed.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Signing in did not finish"), page.body());
        assertTrue(page.body().contains("id=\"sign-in-again\""), "a way forward");
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
