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

    /** Changes realm settings, e.g. {@code {"accessTokenLifespan": 60}}. */
    public HttpResponse<String> updateRealm(String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(realmAdmin)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
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
