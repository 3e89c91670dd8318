package org.clinicportal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.stack.StackException;

/**
 * Keycloak's admin API as its administrator uses it, for tests that change the realm or act on a user from Keycloak's
 * side; or as the portal's account service client, for tests of what that client may do.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern REDIRECT_URIS = Pattern.compile("\"redirectUris\":\\[([^\\]]*)\\]");
    private static final Pattern AFTER_LOGOUT = Pattern.compile("\"post.logout.redirect.uris\":\"([^\"]*)\"");

    private final String realmAdmin;
    private final String token;

    /** Signs in as Keycloak's administrator of the stack whose realm is at the provider URI. */
    public KeycloakAdmin(String providerUri) throws IOException, InterruptedException {
        this(
                providerUri,
                providerUri.substring(0, providerUri.indexOf("/realms/")) + "/realms/master",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
    }

    private KeycloakAdmin(String providerUri, String tokenRealm, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(tokenRealm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = ACCESS_TOKEN.matcher(answer.body());
        if (!accessToken.find()) {
            throw new StackException("Keycloak refused to sign in at " + tokenRealm + ": " + answer.body());
        }
        this.token = accessToken.group(1);
        this.realmAdmin = providerUri.replace("/realms/", "/admin/realms/");
    }

    /** Signs in to the realm's admin API as a service-account client, e.g. the portal's clinic-portal-admin. */
    public static KeycloakAdmin asClient(String providerUri, String clientId, String secret)
            throws IOException, InterruptedException {
        return new KeycloakAdmin(
                providerUri,
                providerUri,
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    /** Any call of the realm's admin API, with a JSON body or none; the answer whatever its status. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realmAdmin + path));
        return send(
                json == null
                        ? request.method(method, HttpRequest.BodyPublishers.noBody())
                        : request.header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The id of the realm's user with exactly this username. */
    public String userId(String username) throws IOException, InterruptedException {
        return firstId(
                get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                        .body(),
                "user " + username);
    }

    /** The id of the first object in the answer, e.g. of a user or group found by name. */
    public static String firstId(String json, String what) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new StackException("No " + what + " in Keycloak: " + json);
        }
        return id.group(1);
    }

    /** Reads from the realm's admin API, e.g. {@code /roles/platform-admin}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    /** Creates in the realm's admin API, e.g. a user at {@code /users}. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    /**
     * Adds a user with the demo staff's credentials (the password "demo" and, for staff, the demo authenticator key),
     * taken from the demo users' file, to a clinic and a realm role; a user of that name is left as it is.
     *
     * @param id the user's id: a patient's portal account
     */
    public void importDemoLikeUser(Path demoUsers, String username, String id, String clinic, String role)
            throws IOException, InterruptedException {
        String demo = Files.readString(demoUsers);
        String template = role.equals("patient") ? "northside-patient" : "northside-pt";
        Matcher credentials = Pattern.compile(
                        "\"username\": \"" + template + "\".*?\"credentials\": (\\[.*?\\]),\\s*\"realmRoles\"",
                        Pattern.DOTALL)
                .matcher(demo);
        if (!credentials.find()) {
            throw new StackException("No credentials of " + template + " in " + demoUsers);
        }
        String user = """
                {"id": "%s", "username": "%s", "enabled": true, "email": "%s@clinicportal.test", "emailVerified": true,
                 "firstName": "Test", "lastName": "%s", "credentials": %s, "realmRoles": ["%s"],
                 "attributes": {"clinic": ["%s"]}, "groups": ["/clinic-users"]}""".formatted(id, username, username, username, credentials.group(1), role, clinic);
        HttpResponse<String> answer =
                post("/partialImport", "{\"ifResourceExists\": \"SKIP\", \"users\": [" + user + "]}");
        if (answer.statusCode() != 200) {
            throw new StackException(
                    "Keycloak refused to import " + username + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Changes realm settings, e.g. {@code {"accessTokenLifespan": 60}}. */
    public HttpResponse<String> updateRealm(String json) throws IOException, InterruptedException {
        return send("PUT", "", json);
    }

    /**
     * Lets the portal's client sign users in and out at one more address as well as at PORTAL_BASE_URL: the tests
     * reach the portal on its node and through HAProxy.
     */
    public void allowPortalAddress(String url) throws IOException, InterruptedException {
        String client =
                "/clients/" + firstId(get("/clients?clientId=clinic-portal").body(), "clinic-portal client");
        String json = get(client).body();
        Matcher redirects = REDIRECT_URIS.matcher(json);
        Matcher afterLogout = AFTER_LOGOUT.matcher(json);
        if (!redirects.find() || !afterLogout.find()) {
            throw new StackException("The clinic-portal client has no redirect addresses: " + json);
        }
        HttpResponse<String> updated =
                send("PUT", client, """
                {"redirectUris": [%s, "%s/*"], "attributes": {"post.logout.redirect.uris": "%s##%s/*"}}""".formatted(redirects.group(1), url, afterLogout.group(1), url));
        if (updated.statusCode() != 204) {
            throw new StackException(
                    "Keycloak refused the address " + url + ": " + updated.statusCode() + " " + updated.body());
        }
    }

    /** Ends every Keycloak session of the user, as an administrator does in Keycloak's console. */
    public HttpResponse<String> signOut(String username) throws IOException, InterruptedException {
        return send("POST", "/users/" + userId(username) + "/logout", null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
