package org.clinicportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.clinicportal.it.KeycloakAdmin;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a token of the portal's account service client (clinic-portal-admin) can do in Keycloak, tried as someone
 * who stole its secret would: the accounts of clinic staff and patients, and clinic roles, yes; platform-admin,
 * a Keycloak administration role, or any account outside the clinic-users group, no.
 */
class AccountServicePermissionsIT {

    private KeycloakAdmin keycloakAdmin;
    private KeycloakAdmin accountService;

    @BeforeEach
    void signInAsTheAccountService() throws Exception {
        PortalStack stack = StackSession.current();
        keycloakAdmin = new KeycloakAdmin(stack.providerUri());
        accountService = KeycloakAdmin.asClient(stack.providerUri(), "clinic-portal-admin", stack.adminClientSecret());
    }

    @Test
    void itCreatesAClinicUserAndGrantsAClinicRole() throws Exception {
        String user = createClinicUser();

        assertEquals(204, grantRealmRole(user, "therapist").statusCode());
        assertTrue(send("GET", "/users/" + user + "/role-mappings/realm", null)
                .body()
                .contains("\"therapist\""));
    }

    @Test
    void itCannotGrantPlatformAdminToAClinicUserNorToItself() throws Exception {
        String user = createClinicUser();
        String itself = idOf("service-account-clinic-portal-admin");

        assertEquals(403, grantRealmRole(user, "platform-admin").statusCode());
        assertEquals(403, grantRealmRole(itself, "platform-admin").statusCode());
        assertFalse(keycloakAdmin
                .get("/users/" + user + "/role-mappings/realm")
                .body()
                .contains("platform-admin"));
        assertFalse(keycloakAdmin
                .get("/users/" + itself + "/role-mappings/realm")
                .body()
                .contains("platform-admin"));
    }

    @Test
    void itCannotGrantAKeycloakAdministrationRole() throws Exception {
        String user = createClinicUser();
        String realmManagement = KeycloakAdmin.firstId(
                keycloakAdmin.get("/clients?clientId=realm-management").body(), "realm-management");
        String realmAdminRole = keycloakAdmin
                .get("/clients/" + realmManagement + "/roles/realm-admin")
                .body();

        assertEquals(
                403,
                send("POST", "/users/" + user + "/role-mappings/clients/" + realmManagement, "[" + realmAdminRole + "]")
                        .statusCode());
    }

    @Test
    void itCannotTouchAPlatformAdminsAccount() throws Exception {
        String platformAdmin = idOf("platform-admin");

        assertEquals(
                403,
                send(
                                "PUT",
                                "/users/" + platformAdmin + "/reset-password",
                                "{\"type\": \"password\", \"value\": \"Taken-over-1234\", \"temporary\": false}")
                        .statusCode());
        assertEquals(
                403,
                send("PUT", "/users/" + platformAdmin, "{\"email\": \"attacker@example.org\"}")
                        .statusCode());
        assertEquals(
                403,
                send("PUT", "/users/" + platformAdmin + "/groups/" + clinicUsersGroup(), null)
                        .statusCode());
    }

    @Test
    void itCannotCreateAnAccountOutsideTheClinicUsersGroup() throws Exception {
        String name = "outsider" + UUID.randomUUID().toString().substring(0, 8);

        assertEquals(403, send("POST", "/users", """
                {"username": "%s", "email": "%s@example.org", "firstName": "Out", "lastName": "Sider", "enabled": true}""".formatted(name, name)).statusCode());
    }

    @Test
    void anAccountMadeBeforeTheGroupJoinsItAtTheNextBootstrapAndAPlatformAdminDoesNot() throws Exception {
        String name = "older" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201, keycloakAdmin.post("/users", """
                {"username": "%s", "email": "%s@example.org", "firstName": "Ola", "lastName": "Der", "enabled": true,
                 "attributes": {"clinic": ["northside"]}}""".formatted(name, name)).statusCode());
        String older = idOf(name);
        assertEquals(
                204,
                keycloakAdmin
                        .post(
                                "/users/" + older + "/role-mappings/realm",
                                "[" + keycloakAdmin.get("/roles/patient").body() + "]")
                        .statusCode());
        assertEquals(
                403, send("PUT", "/users/" + older, "{\"firstName\": \"Olga\"}").statusCode());

        StackSession.current().bootstrapKeycloak();

        assertEquals(
                204, send("PUT", "/users/" + older, "{\"firstName\": \"Olga\"}").statusCode());
        assertFalse(keycloakAdmin
                .get("/users/" + idOf("platform-admin") + "/groups")
                .body()
                .contains("clinic-users"));
    }

    private String createClinicUser() throws Exception {
        String name = "svc" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("POST", "/users", """
                {"username": "%s", "email": "%s@example.org", "firstName": "Sam", "lastName": "Vice", "enabled": true,
                 "attributes": {"clinic": ["northside"]}, "groups": ["/clinic-users"]}""".formatted(name, name));
        assertEquals(201, created.statusCode(), created.body());
        return idOf(name);
    }

    private HttpResponse<String> grantRealmRole(String user, String role) throws Exception {
        return send(
                "POST",
                "/users/" + user + "/role-mappings/realm",
                "[" + keycloakAdmin.get("/roles/" + role).body() + "]");
    }

    private String idOf(String username) throws Exception {
        return keycloakAdmin.userId(username);
    }

    private String clinicUsersGroup() throws Exception {
        return KeycloakAdmin.firstId(
                keycloakAdmin.get("/groups?exact=true&search=clinic-users").body(), "group clinic-users");
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return accountService.send(method, path, json);
    }
}
