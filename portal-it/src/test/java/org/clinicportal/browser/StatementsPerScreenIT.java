package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.it.KeycloakAdmin;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.clinicportal.stack.ScaleData;
import org.junit.jupiter.api.Test;

/**
 * Each key screen costs the database a handful of SQL statements, and the same number in a clinic of ten patients as
 * in one of two thousand: no screen reads row by row what grows with the clinic. Counted by the portal itself
 * (PORTAL_REQUEST_STATISTICS: a log line per request with its statements, BEGIN, COMMIT and the clinic's
 * set_config not among them), for requests named by their X-Request-Id.
 */
class StatementsPerScreenIT {

    /** Eight for a screen's own work, and one for a patient's header: the badge of messages they have not read. */
    private static final int MOST_STATEMENTS = 9;

    private static final String CLINIC = "screens";
    private static final Pattern HANDOUT = Pattern.compile("id=\"handout\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern WHOLE_PROGRAM = Pattern.compile("id=\"whole-program\"[^>]*href=\"([^\"]+)\"");

    private final PortalStack stack = StackSession.current();

    @Test
    void everyKeyScreenRunsAFewStatementsWhateverTheClinicsSize() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(stack.providerUri());
        keycloak.importDemoLikeUser(
                stack.demoUsersFile(), "screens-pt", UUID.randomUUID().toString(), CLINIC, "therapist");
        keycloak.importDemoLikeUser(
                stack.demoUsersFile(), "screens-admin", UUID.randomUUID().toString(), CLINIC, "clinic-admin");
        keycloak.importDemoLikeUser(
                stack.demoUsersFile(), "screens-patient", UUID.randomUUID().toString(), CLINIC, "patient");
        // The test stack's Keycloak keeps its users from one run to the next: the account is whichever it has.
        String patientAccount = keycloak.userId("screens-patient");
        long patient;
        try (Connection owner = owner()) {
            run(
                    owner,
                    "insert into clinic (id, name, time_zone, distance_unit) values (?, 'Screens Clinic', 'Europe/Dublin', 'KILOMETRES')");
            run(
                    owner,
                    "insert into staff_member (id, clinic_id, username, given_name, family_name, email, role, enabled, version) values"
                            + " (nextval('staff_member_seq'), ?, 'screens-pt', 'Test', 'Therapist', null, 'THERAPIST', true, 0),"
                            + " (nextval('staff_member_seq'), ?, 'screens-admin', 'Test', 'Admin', null, 'CLINIC_ADMIN', true, 0)");
            ScaleData.fill(owner, CLINIC, 10, line -> {});
            patient = firstPatient(owner);
            try (PreparedStatement link =
                    owner.prepareStatement("update patient set portal_account = ? where id = ?")) {
                link.setString(1, patientAccount);
                link.setLong(2, patient);
                link.executeUpdate();
            }
        }

        Map<String, Integer> small = statementsPerScreen(patient);
        try (Connection owner = owner()) {
            ScaleData.fill(owner, CLINIC, 1990, line -> {});
        }
        Map<String, Integer> large = statementsPerScreen(patient);

        assertEquals(small, large, "statements per screen at 10 and at 2000 patients");
        large.forEach((screen, statements) ->
                assertTrue(statements <= MOST_STATEMENTS, screen + " runs " + statements + " statements: " + large));
    }

    private Map<String, Integer> statementsPerScreen(long patient) throws Exception {
        String base = stack.baseUrl();
        HttpUser therapist = new HttpUser(base, "screens-pt");
        therapist.signIn();
        HttpUser admin = new HttpUser(base, "screens-admin");
        admin.signIn();
        HttpUser home = new HttpUser(base, "screens-patient");
        home.signIn();
        String today = home.get("/patient/").body();

        Map<String, Integer> statements = new LinkedHashMap<>();
        statements.put("therapist: caseload", statements(therapist, "/therapist/"));
        statements.put("therapist: patient list", statements(therapist, "/therapist/patients/"));
        statements.put(
                "therapist: patient page", statements(therapist, "/therapist/patients/view.xhtml?id=" + patient));
        statements.put("patient: today", statements(home, "/patient/"));
        statements.put("patient: whole program", statements(home, link(WHOLE_PROGRAM, today)));
        statements.put("patient: PDF handout", statements(home, link(HANDOUT, today)));
        statements.put("admin: audit log", statements(admin, "/clinic-admin/audit.xhtml"));
        return statements;
    }

    /**
     * The fewest statements of three requests of the screen, after one that warms what a session keeps: now and then
     * a screen that writes an audit entry first takes the next 50 numbers of the entries' sequence.
     */
    private int statements(HttpUser user, String path) throws Exception {
        get(user, path, "warm-" + UUID.randomUUID());
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String id = "screen-" + UUID.randomUUID();
            HttpResponse<String> answer = get(user, path, id);
            assertEquals(200, answer.statusCode(), path);
            fewest = Math.min(fewest, statementsOf(id));
        }
        return fewest;
    }

    private HttpResponse<String> get(HttpUser user, String path, String requestId)
            throws IOException, InterruptedException {
        return user.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("X-Request-Id", requestId)
                .GET());
    }

    private int statementsOf(String requestId) throws IOException, InterruptedException {
        Pattern line = Pattern.compile("Request " + Pattern.quote(requestId) + " \\S+ \\S+: \\d+, (\\d+) statements");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(giveUp)) {
            Matcher found = line.matcher(Files.readString(stack.portalLog()));
            if (found.find()) {
                return Integer.parseInt(found.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No request statistics for " + requestId + " in " + stack.portalLog());
    }

    private static String link(Pattern pattern, String page) {
        Matcher link = pattern.matcher(page);
        assertTrue(link.find(), "no " + pattern + " on the patient's page");
        return link.group(1).replace("&amp;", "&");
    }

    private Connection owner() throws Exception {
        return DriverManager.getConnection(stack.databaseUrl(), stack.databaseOwner(), stack.databaseOwnerPassword());
    }

    private static long firstPatient(Connection owner) throws Exception {
        try (PreparedStatement query = owner.prepareStatement("select min(id) from patient where clinic_id = ?")) {
            query.setString(1, CLINIC);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void run(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, CLINIC);
            }
            statement.executeUpdate();
        }
    }
}
