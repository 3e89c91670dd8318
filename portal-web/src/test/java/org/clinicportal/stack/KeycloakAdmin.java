package org.clinicportal.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keycloak's admin API as its administrator uses it, for tests that change the realm or act on a user from Keycloak's side. */
public final class KeycloakAdmin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern REDIRECT_URIS = Pattern.compile("\"redirectUris\":\\[([^\\]]*)\\]");
    private static final Pattern AFTER_LOGOUT = Pattern.compile("\"post.logout.redirect.uris\":\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String realmAdmin;
    private final String token;

    /** Signs in as Keycloak's administrator of the stack whose realm is at the provider URI. */
    public KeycloakAdmin(String providerUri) throws IOException, InterruptedException {
        String server = providerUri.substring(0, providerUri.indexOf("/realms/"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = ACCESS_TOKEN.matcher(answer.body());
        if (!accessToken.find()) {
            throw new StackException("Keycloak's administrator cannot sign in: " + answer.body());
        }
        this.token = accessToken.group(1);
        this.realmAdmin = providerUri.replace("/realms/", "/admin/realms/");
    }

    /** Reads from the realm's admin API, e.g. {@code /roles/platform-admin}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(realmAdmin + path)).GET());
    }

    /** Creates in the realm's admin API, e.g. a user at {@code /users}. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(realmAdmin + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Changes realm settings, e.g. {@code {"accessTokenLifespan": 60}}. */
    public HttpResponse<String> updateRealm(String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(realmAdmin)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Lets the portal's client sign users in and out at one more address as well as at PORTAL_BASE_URL: the tests
     * reach the portal on its node and through HAProxy.
     */
    public void allowPortalAddress(String url) throws IOException, InterruptedException {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(realmAdmin + "/clients?clientId=clinic-portal")).GET());
        Matcher id = ID.matcher(found.body());
        if (!id.find()) {
            throw new StackException("No clinic-portal client in Keycloak: " + found.body());
        }
        URI client = URI.create(realmAdmin + "/clients/" + id.group(1));
        String json = send(HttpRequest.newBuilder(client).GET()).body();
        Matcher redirects = REDIRECT_URIS.matcher(json);
        Matcher afterLogout = AFTER_LOGOUT.matcher(json);
        if (!redirects.find() || !afterLogout.find()) {
            throw new StackException("The clinic-portal client has no redirect addresses: " + json);
        }
        HttpResponse<String> updated = send(HttpRequest.newBuilder(client).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"redirectUris": [%s, "%s/*"], "attributes": {"post.logout.redirect.uris": "%s##%s/*"}}"""
                        .formatted(redirects.group(1), url, afterLogout.group(1), url))));
        if (updated.statusCode() != 204) {
            throw new StackException("Keycloak refused the address " + url + ": " + updated.statusCode() + " " + updated.body());
        }
    }

    /** Ends every Keycloak session of the user, as an administrator does in Keycloak's console. */
    public HttpResponse<String> signOut(String username) throws IOException, InterruptedException {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(realmAdmin + "/users?exact=true&username=" + username)).GET());
        Matcher id = ID.matcher(found.body());
        if (!id.find()) {
            throw new StackException("No Keycloak user " + username + ": " + found.body());
        }
        return send(HttpRequest.newBuilder(URI.create(realmAdmin + "/users/" + id.group(1) + "/logout")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
