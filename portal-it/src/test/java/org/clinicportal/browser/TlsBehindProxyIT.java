package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.clinicportal.it.KeycloakAdmin;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.clinicportal.stack.SelfSignedCertificate;
import org.clinicportal.stack.TlsProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Behind a proxy that ends TLS (HAProxy with a certificate the test makes, as compose.yml runs it), the portal
 * knows it is reached over https: Keycloak sends the user back to an https address, the session cookie is
 * Secure and pages ask the browser to keep to https (HSTS). Reached over plain HTTP on the node, it claims none
 * of this.
 */
class TlsBehindProxyIT {

    private static final int TLS_PORT = 18443;

    private static TlsProxy proxy;
    private static HttpClient client;

    @BeforeAll
    static void startTheProxy() throws Exception {
        PortalStack stack = StackSession.current();
        SelfSignedCertificate certificate = SelfSignedCertificate.create(Path.of("target", "tls"));
        proxy = stack.startTlsProxy(TLS_PORT, certificate);
        new KeycloakAdmin(stack.providerUri()).allowPortalAddress(proxy.url());
        client = HttpClient.newBuilder()
                .sslContext(certificate.trustingIt())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stopTheProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aTherapistSignsInOverHttpsWithASecureSessionCookie() {
        try (Browser browser = new Browser(proxy.url(), true)) {
            browser.signIn("/therapist/", "northside-pt", "demo");
            browser.awaitText(By.id("page-title"), "Therapist home");

            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(proxy.url() + "/"),
                    browser.driver().getCurrentUrl());
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session != null && session.isSecure(), "the session cookie is Secure: " + session);
        }
    }

    @Test
    void keycloakSendsTheUserBackToTheHttpsAddress() throws Exception {
        HttpResponse<String> toKeycloak = get(proxy.url() + "/therapist/");

        String location =
                URLDecoder.decode(toKeycloak.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(location.contains("redirect_uri=" + proxy.url() + "/callback"), location);
        assertTrue(
                toKeycloak.headers().allValues("Set-Cookie").stream()
                        .filter(cookie -> cookie.startsWith("JSESSIONID="))
                        .allMatch(cookie -> cookie.contains("; Secure")),
                toKeycloak.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void pagesOverHttpsAskTheBrowserToKeepToHttps() throws Exception {
        HttpResponse<String> landing = get(proxy.url() + "/");

        assertEquals(200, landing.statusCode());
        assertEquals(
                "max-age=31536000",
                landing.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void overPlainHttpOnTheNodeThePortalClaimsNoTls() throws Exception {
        String node = StackSession.current().baseUrl();
        HttpResponse<String> landing = get(node + "/");
        HttpResponse<String> toKeycloak = get(node + "/therapist/");

        assertFalse(landing.headers().firstValue("Strict-Transport-Security").isPresent());
        String location =
                URLDecoder.decode(toKeycloak.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(location.contains("redirect_uri=" + node + "/callback"), location);
        assertTrue(
                toKeycloak.headers().allValues("Set-Cookie").stream().noneMatch(cookie -> cookie.contains("; Secure")));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
