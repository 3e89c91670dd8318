package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response, public or protected, page or error, carries the browser-side protections. */
class SecurityHeadersIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/jakarta.faces.resource/css/portal.css.xhtml", "/no-such-page.xhtml"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream().anyMatch(policy -> policy.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(policy -> policy.contains("object-src 'none'")), policies.toString());
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    /** Scripts run only with the page's nonce: no policy of a page lets inline or evaluated script in. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in-failed.xhtml", "/no-such-page.xhtml"})
    void pagesRunOnlyTheirOwnScripts(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().noneMatch(policy -> policy.contains("unsafe-eval")), policies.toString());
        List<String> scriptRules = policies.stream()
                .flatMap(policy -> Arrays.stream(policy.split(";")))
                .map(String::strip)
                .filter(rule -> rule.startsWith("script-src") || rule.startsWith("default-src"))
                .toList();
        assertEquals(1, scriptRules.size(), "one rule for scripts: " + policies);
        assertTrue(scriptRules.get(0).startsWith("script-src 'self' 'nonce-"), scriptRules.get(0));
        assertTrue(!scriptRules.get(0).contains("unsafe-inline"), scriptRules.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/therapist/"})
    void theSessionCookieIsHttpOnlyAndSameSite(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(StackSession.current().baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        // Attribute names and values are case-insensitive (RFC 6265); the attribute must come once.
        assertEquals(
                1,
                cookie.toLowerCase(Locale.ROOT).split("samesite=lax", -1).length - 1,
                "SameSite=Lax once: " + cookie);
        assertEquals(1, cookie.toLowerCase(Locale.ROOT).split("samesite", -1).length - 1, "SameSite once: " + cookie);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.xhtml", "/WEB-INF/web.xml"})
    void errorsShowTheFriendlyPageWithoutInternals(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(
                !response.body().contains("security-constraint")
                        && !response.body().contains("at org."),
                response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(StackSession.current().baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
