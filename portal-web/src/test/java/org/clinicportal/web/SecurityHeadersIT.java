package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.util.List;
import org.clinicportal.stack.StackSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response, public or protected, page or error, carries the browser-side protections. */
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/jakarta.faces.resource/css/portal.css.xhtml", "/no-such-page.xhtml"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(StackSession.current().baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(policy -> policy.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(policy -> policy.contains("object-src 'none'")), policies.toString());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/therapist/"})
    void theSessionCookieIsHttpOnlyAndSameSite(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(StackSession.current().baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.xhtml", "/WEB-INF/web.xml"})
    void errorsShowTheFriendlyPageWithoutInternals(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(StackSession.current().baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(!response.body().contains("security-constraint") && !response.body().contains("at org."), response.body());
    }
}
