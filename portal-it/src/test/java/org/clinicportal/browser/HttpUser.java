package org.clinicportal.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinicportal.stack.Totp;

/**
 * A user's browser reduced to what load and fault tests need: a cookie jar, GETs and form posts over plain
 * HTTP, and signing in through Keycloak's own login form. Many of them run at once where real browsers
 * could not.
 */
final class HttpUser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_FORM =
            Pattern.compile("<form[^>]*id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");

    private final String base;
    private final String username;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    // HTTP/1.1 as browsers speak it over plain HTTP: an h2c upgrade would turn HAProxy into a blind tunnel.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpUser(String base, String username) {
        this.base = base;
        this.username = username;
    }

    String username() {
        return username;
    }

    synchronized String cookie(String name) {
        return cookies.get(name);
    }

    synchronized HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    /** A GET of a portal path ("/patient/") or of a full address. */
    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl))
                .GET());
    }

    /**
     * A GET that follows redirects as a browser does, through Keycloak too: a session the portal no longer
     * knows signs in again by Keycloak's single sign-on, without a password. Returns the last answer.
     */
    HttpResponse<String> open(String pathOrUrl) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(pathOrUrl);
        for (int i = 0; i < 8 && answer.statusCode() / 100 == 3; i++) {
            String next = answer.headers().firstValue("Location").orElseThrow();
            answer = get(
                    next.startsWith("http")
                            ? next
                            : URI.create(answer.uri().toString()).resolve(next).toString());
        }
        return answer;
    }

    /** Posts form fields, url-encoded, to a portal path or a full address. */
    HttpResponse<String> post(String pathOrUrl, Map<String, String> fields) throws IOException, InterruptedException {
        return send(formPost(pathOrUrl, fields));
    }

    /** Posts form fields as PrimeFaces' ajax does (the answer is a partial response, a redirect included). */
    HttpResponse<String> postAjax(String pathOrUrl, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(formPost(pathOrUrl, fields).header("Faces-Request", "partial/ajax"));
    }

    private HttpRequest.Builder formPost(String pathOrUrl, Map<String, String> fields) {
        return formPost(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl), fields);
    }

    /** A form post as a browser sends it, url-encoded. */
    static HttpRequest.Builder formPost(URI target, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Signs in with the demo password (and the demo staff's one-time code) through Keycloak's forms and follows the redirects home. */
    void signIn() throws IOException, InterruptedException {
        String next = signInUpToCallback();
        for (int i = 0; i < 5 && next != null; i++) {
            HttpResponse<String> step = get(next);
            next = step.headers().firstValue("Location").orElse(null);
        }
    }

    /** Signs in through Keycloak's form as far as Keycloak's answer: the portal's callback address, not opened yet. */
    String signInUpToCallback() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/home");
        String login = home.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no sign-in redirect: " + home.statusCode()));
        HttpResponse<String> form = get(login);
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form: " + form.statusCode());
        }
        HttpResponse<String> posted = post(
                action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", "demo", "credentialId", ""));
        Matcher secondFactor = OTP_FORM.matcher(posted.body());
        HttpResponse<String> answer = secondFactor.find()
                ? post(secondFactor.group(1).replace("&amp;", "&"), Map.of("otp", Totp.code(Totp.DEMO_KEY)))
                : posted;
        return answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("login " + answer.statusCode()));
    }
}
