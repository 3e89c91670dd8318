package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes behind HAProxy, ten signed-in users at work (patients logging runs, therapists saving home
 * programs and a draft intake), and one node killed with SIGKILL mid-run. The users of the dead node go on through the other
 * without typing a password (Keycloak's single sign-on signs them in again), a run form left open on the dead
 * node comes back with what was typed for the patient to save, every write the portal confirmed is stored
 * exactly once, nothing fails once the failover window has passed, and the killed node comes back from a
 * clean root directory and takes users again once it is ready.
 */
class FailoverIT {

    /** How long after the kill requests may fail: HAProxy notices a dead node within two health checks. */
    private static final Duration FAILOVER_WINDOW = Duration.ofSeconds(5);

    /** Written into each run's duration (minutes; at most 1440) and each program's notes, so each write can be found. */
    private static final int FIRST_RUN_MARK = 1000;

    /** Jonas Berg's draft intake in the demo data, which Northside's therapists save during the failover. */
    private static final String DRAFT = "/therapist/intake/record.xhtml?id=900003";

    private static final String DRAFT_NOTES = "failover draft ";

    /** The pain during the failover test's runs, and during the database restart test's, to tell their runs apart. */
    private static final String FAILOVER_PAIN = "1";

    private static final String RESTART_PAIN = "2";

    private static PortalStack stack;
    private static String balancer;
    private static Instant began;

    private static String draftNotes;

    @BeforeAll
    static void twoNodes() throws SQLException {
        stack = StackSession.current();
        began = Instant.now();
        draftNotes = draft().notes();
        balancer = stack.startCluster();
    }

    /**
     * Back to the one node the other tests use, and to the demo patients' progress and draft as they were: the
     * hundreds of runs logged here (and the alerts they raised) would change what the progress journeys expect.
     */
    @AfterAll
    static void backToOneNode() throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        stack.databaseUrl(), stack.databaseOwner(), stack.databaseOwnerPassword());
                PreparedStatement alerts = db.prepareStatement("delete from progress_alert where raised_at >= ?");
                PreparedStatement notes =
                        db.prepareStatement("update intake set subjective_notes = ? where id = 900003");
                Statement runs = db.createStatement()) {
            alerts.setTimestamp(1, Timestamp.from(began));
            alerts.executeUpdate();
            notes.setString(1, draftNotes);
            notes.executeUpdate();
            runs.executeUpdate("delete from run_log where duration_minutes >= " + FIRST_RUN_MARK
                    + " and pain_during in (" + FAILOVER_PAIN + ", " + RESTART_PAIN + ")");
        } finally {
            stack.stopCluster();
        }
    }

    /** A write the portal confirmed: "run 1003" or "program 7". */
    record Write(Worker worker, String mark, Instant at) {}

    /** One user's loop: open the form, post it, note what the portal confirmed and what failed when. */
    private final class Worker {
        final HttpUser user;
        final boolean patient;

        Worker(HttpUser user, boolean patient) {
            this.user = user;
            this.patient = patient;
        }

        JsfForm open() throws Exception {
            String path = patient ? "/patient/log-run.xhtml" : "/therapist/programs/assign.xhtml";
            HttpResponse<String> page = user.open(patient ? path : path + "?patient=" + therapistsPatient());
            if (page.statusCode() != 200 || !page.uri().getPath().equals(path)) {
                throw new IllegalStateException(user.username() + " form -> " + page.statusCode() + " " + page.uri());
            }
            return JsfForm.of(page.body(), patient ? "run" : "program");
        }

        String therapistsPatient() {
            return user.username().startsWith("northside") ? "900001" : "900004";
        }

        String mark(AtomicInteger runs, AtomicInteger programs) {
            return patient ? "run " + runs.getAndIncrement() : "program " + programs.getAndIncrement();
        }

        /** Fills the form as the user types it, the mark's number in the run's minutes or the program's notes. */
        JsfForm type(JsfForm form, String number) {
            return type(form, number, FAILOVER_PAIN);
        }

        JsfForm type(JsfForm form, String number, String pain) {
            return patient
                    ? form.set("run:day", clinicsToday().toString())
                            .set("run:distance", "5")
                            .set("run:duration", number)
                            .set("run:painDuring", pain)
                            .set("run:painAfter", "1")
                            .set("run:soreness", "0")
                    : form.set("program:notes", "failover " + number);
        }

        /** Today where the patient's clinic is: the portal refuses a run on a day that has not begun there yet. */
        LocalDate clinicsToday() {
            return LocalDate.now(ZoneId.of(user.username().startsWith("harbor") ? "Europe/London" : "America/Chicago"));
        }

        /** Northside's therapists also keep Jonas Berg's draft intake, its notes carrying the mark. */
        boolean keepsTheDraft() {
            return !patient && user.username().startsWith("northside");
        }

        /** Saves the draft intake as its "Save draft" button does (ajax); true when the portal said it was saved. */
        boolean saveDraft(String number) throws Exception {
            HttpResponse<String> page = user.open(DRAFT);
            if (page.statusCode() != 200 || !DRAFT.startsWith(page.uri().getPath())) {
                throw new IllegalStateException(user.username() + " draft -> " + page.statusCode() + " " + page.uri());
            }
            JsfForm form =
                    JsfForm.of(page.body(), "intake").set("intake:sections:subjectiveNotes", DRAFT_NOTES + number);
            Map<String, String> click = form.clickingAjax("intake:save", "intake");
            click.put("jakarta.faces.partial.execute", "intake:save intake:sections");
            HttpResponse<String> answer = user.postAjax(form.action(), click);
            return answer.statusCode() == 200 && answer.body().contains("Draft saved.");
        }

        /** Posts the form with a mark; true when the portal confirmed the write (its redirect after saving). */
        boolean save(JsfForm form, String mark) throws Exception {
            type(form, mark.substring(mark.indexOf(' ') + 1));
            HttpResponse<String> answer =
                    user.post(form.action(), form.clicking(patient ? "run:save" : "program:save-top"));
            String target = answer.headers().firstValue("Location").orElse("");
            return answer.statusCode() == 302
                    && (target.contains("/patient/index") || target.contains("/therapist/patients/view"));
        }
    }

    @Test
    void usersGoOnWhenANodeDies() throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (String username : List.of(
                "northside-patient",
                "harbor-patient",
                "northside-patient",
                "harbor-patient",
                "northside-patient",
                "harbor-patient",
                "northside-pt",
                "harbor-pt",
                "northside-pt",
                "harbor-pt")) {
            HttpUser user = new HttpUser(balancer, username);
            user.signIn();
            workers.add(new Worker(user, username.endsWith("patient")));
        }
        List<Worker> idle = new ArrayList<>();
        for (String username : List.of("northside-patient", "harbor-patient", "northside-patient", "harbor-patient")) {
            HttpUser user = new HttpUser(balancer, username);
            user.signIn();
            idle.add(new Worker(user, true));
        }
        Map<Worker, JsfForm> leftOpen = new HashMap<>();
        for (Worker worker : idle) {
            leftOpen.put(worker, worker.open());
        }
        AtomicInteger runs = new AtomicInteger(FIRST_RUN_MARK);
        AtomicInteger programs = new AtomicInteger(1);
        AtomicInteger drafts = new AtomicInteger(1);
        List<String> draftsTried = Collections.synchronizedList(new ArrayList<>());
        List<String> draftsSaved = Collections.synchronizedList(new ArrayList<>());
        // Saved once first: the demo data leaves unanswered checkboxes null, which any save stores as unticked.
        assertTrue(
                workers.stream()
                        .filter(Worker::keepsTheDraft)
                        .findFirst()
                        .orElseThrow()
                        .saveDraft("0"),
                "the draft saves");
        Draft draftBefore = draft();
        List<Write> confirmed = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Instant[] killedAt = {Instant.MAX};
        Instant stopAt = Instant.now().plusSeconds(30);
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<Future<?>> done = new ArrayList<>();
        for (Worker worker : workers) {
            done.add(pool.submit(() -> {
                while (Instant.now().isBefore(stopAt)) {
                    String mark = worker.mark(runs, programs);
                    try {
                        if (worker.save(worker.open(), mark)) {
                            confirmed.add(new Write(worker, mark, Instant.now()));
                        } else if (worker.patient) {
                            // A therapist may be told the program changed meanwhile (two save it at once); a run always
                            // saves.
                            failures.add(Instant.now() + " " + worker.user.username() + " " + mark + " not confirmed");
                        }
                        if (worker.keepsTheDraft()) {
                            String draft = Integer.toString(drafts.getAndIncrement());
                            draftsTried.add(DRAFT_NOTES + draft);
                            if (worker.saveDraft(draft)) {
                                draftsSaved.add(DRAFT_NOTES + draft);
                            }
                        }
                    } catch (Exception e) {
                        failures.add(Instant.now() + " " + worker.user.username() + " " + mark + " " + e);
                    }
                    Thread.sleep(500);
                }
                return null;
            }));
        }
        Thread.sleep(10_000);
        List<Worker> onKilledNode = workers.stream()
                .filter(worker -> "node-2".equals(worker.user.cookie("PORTAL_NODE")))
                .toList();
        killedAt[0] = Instant.now();
        stack.killNode(2);
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        Instant windowEnd = killedAt[0].plus(FAILOVER_WINDOW);
        List<String> late = failures.stream()
                .filter(f -> Instant.parse(f.substring(0, f.indexOf(' '))).isAfter(windowEnd))
                .toList();
        assertEquals(
                List.of(),
                late.subList(0, Math.min(late.size(), 10)),
                late.size() + " requests failed after the failover window (" + failures.size() + " failures in all)");
        assertTrue(
                failures.stream()
                        .noneMatch(f ->
                                Instant.parse(f.substring(0, f.indexOf(' '))).isBefore(killedAt[0])),
                "nothing fails before the kill: " + failures);

        int broughtBack = 0;
        for (Worker worker : idle) {
            String mark = worker.mark(runs, programs);
            String number = mark.substring(mark.indexOf(' ') + 1);
            boolean onKilled = "node-2".equals(worker.user.cookie("PORTAL_NODE"));
            JsfForm typed = worker.type(leftOpen.get(worker), number);
            HttpResponse<String> answer = worker.user.postAjax(typed.action(), typed.clickingAjax("run:save", "run"));
            if (onKilled) {
                assertTrue(
                        answer.body().contains("<redirect url=\"/home\""),
                        "a lost session's ajax save sends the page to sign in: " + answer.body());
                HttpResponse<String> back = worker.user.open("/home");
                assertEquals(
                        "/patient/log-run.xhtml",
                        back.uri().getPath(),
                        "signed in again without a password, back on the form");
                assertTrue(back.body().contains("nothing was saved yet"), "the page says nothing was saved");
                assertTrue(back.body().contains("value=\"" + number + "\""), "what was typed is back in the form");
                answer = worker.user.postAjax(
                        typed.action(), JsfForm.of(back.body(), "run").clickingAjax("run:save", "run"));
                broughtBack++;
            }
            assertTrue(
                    answer.body().contains("/patient/index"),
                    worker.user.username() + "'s run form, open at the kill, saves: " + answer.body());
            confirmed.add(new Write(worker, mark, Instant.now()));
        }
        assertTrue(broughtBack > 0, "a form was left open on the killed node");

        assertEquals(
                Map.of(),
                writesNotStoredOnce(confirmed, FAILOVER_PAIN),
                "every confirmed write is stored exactly once");
        Draft draft = draft();
        assertTrue(!draftsSaved.isEmpty(), "the draft intake was saved");
        assertTrue(
                draft.version() - draftBefore.version() >= draftsSaved.size(),
                "every confirmed draft save is in the database");
        assertTrue(
                draftsTried.contains(draft.notes()), "the draft holds notes a therapist saved, not " + draft.notes());
        assertEquals(draftBefore.rest(), draft.rest(), "and nothing else of the draft changed");
        List<Worker> patientsOnKilledNode =
                onKilledNode.stream().filter(worker -> worker.patient).toList();
        assertTrue(
                !patientsOnKilledNode.isEmpty() && onKilledNode.size() < workers.size(),
                "HAProxy spread the users over both nodes");
        for (Worker worker : patientsOnKilledNode) {
            assertTrue(
                    confirmed.stream()
                            .anyMatch(write ->
                                    write.worker() == worker && write.at().isAfter(windowEnd)),
                    worker.user.username() + " was on the killed node and went on saving without a password");
        }

        Instant restart = Instant.now();
        stack.restartNode(2);
        String servedBy = null;
        for (int attempt = 0; attempt < 20 && !"node-2".equals(servedBy); attempt++) {
            HttpUser newcomer = new HttpUser(balancer, "harbor-patient");
            newcomer.signIn();
            servedBy = newcomer.cookie("PORTAL_NODE");
            Thread.sleep(500);
        }
        assertEquals("node-2", servedBy, "the restarted node takes users again");
        // How long a restart takes is the machine's (its boot is bounded by the stack's start timeout); reported, not
        // judged.
        System.out.println("The killed node took users again "
                + Duration.between(restart, Instant.now()).toSeconds() + " s after its restart began.");
    }

    /**
     * The clinic, cached by each node for the deactivation check, is deactivated through one node: the other
     * node, which has it cached, refuses the clinic's users at once, and lets them in again at reactivation.
     */
    @Test
    void aClinicDeactivatedOnOneNodeIsRefusedOnTheOther() throws Exception {
        HttpUser platformAdmin = new HttpUser(balancer, "platform-admin");
        platformAdmin.signIn();
        String adminsNode = platformAdmin.cookie("PORTAL_NODE");
        HttpUser therapist = null;
        for (int attempt = 0;
                attempt < 6
                        && (therapist == null || therapist.cookie("PORTAL_NODE").equals(adminsNode));
                attempt++) {
            therapist = new HttpUser(balancer, "harbor-pt");
            therapist.signIn();
        }
        assertTrue(!therapist.cookie("PORTAL_NODE").equals(adminsNode), "the therapist works on the other node");
        assertEquals(
                200,
                therapist.get("/therapist/").statusCode(),
                "Harbor's therapist works (and that node caches Harbor)");

        clickHarbors(platformAdmin, "Deactivate");
        HttpResponse<String> refused = therapist.get("/therapist/");
        assertTrue(
                refused.body().contains("id=\"clinic-inactive\""), "the other node refuses Harbor's therapist at once");

        clickHarbors(platformAdmin, "Reactivate");
        HttpResponse<String> back = therapist.get("/therapist/");
        assertEquals(200, back.statusCode());
        assertTrue(
                back.body().contains("Henry Adeyemi") && !back.body().contains("id=\"clinic-inactive\""),
                "and lets them in again");
    }

    /**
     * Signing out through node 1 ends the same therapist's session on node 2, which hears of it from neither
     * the browser nor Keycloak (whose back channel calls node 1) but from the database, within seconds.
     */
    @Test
    void aSignOutOnOneNodeEndsTheUsersSessionOnTheOther() throws Exception {
        HttpUser onNodeOne = signedInOn("node-1", "northside-pt");
        HttpUser onNodeTwo = signedInOn("node-2", "northside-pt");
        assertEquals(200, onNodeTwo.get("/therapist/").statusCode());

        assertEquals(3, onNodeOne.post("/logout", Map.of()).statusCode() / 100, "signed out");
        HttpResponse<String> next = onNodeTwo.get("/therapist/");
        for (int wait = 0; wait < 20 && next.statusCode() == 200; wait++) {
            Thread.sleep(500);
            next = onNodeTwo.get("/therapist/");
        }
        assertEquals(302, next.statusCode(), "node 2 asks the therapist to sign in");
        assertTrue(
                next.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                next.headers().toString());
        assertEquals("node-2", onNodeTwo.cookie("PORTAL_NODE"));
    }

    /** A user signed in through the balancer whom it sent to the given node. */
    private static HttpUser signedInOn(String node, String username) throws Exception {
        for (int attempt = 0; attempt < 8; attempt++) {
            HttpUser user = new HttpUser(balancer, username);
            user.signIn();
            if (node.equals(user.cookie("PORTAL_NODE"))) {
                return user;
            }
        }
        throw new AssertionError("the balancer sent no sign-in of " + username + " to " + node);
    }

    /** The draft intake's version, notes, and every other column (which the saves must leave as they were). */
    record Draft(long version, String notes, Map<String, Object> rest) {}

    private static Draft draft() throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        stack.databaseUrl(), stack.databaseOwner(), stack.databaseOwnerPassword());
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("select * from intake where id = 900003")) {
            row.next();
            Map<String, Object> rest = new TreeMap<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                rest.put(row.getMetaData().getColumnName(column), row.getObject(column));
            }
            rest.remove("version");
            rest.remove("subjective_notes");
            return new Draft(row.getLong("version"), row.getString("subjective_notes"), rest);
        }
    }

    /** What a user met when a request did not succeed, and whether the portal said so in its own words. */
    record Failure(Instant at, String what, boolean friendly) {}

    /**
     * PostgreSQL restarted (down two seconds, every connection cut) while four patients log runs: requests fail
     * only while it is down, each with the portal's own message (a form keeps what was typed and says nothing
     * was saved; a page says to try again), and every run the portal confirmed is stored exactly once.
     */
    @Test
    void aDatabaseRestartLosesAndDoublesNothing() throws Exception {
        List<Worker> patients = new ArrayList<>();
        for (String username : List.of("northside-patient", "harbor-patient", "northside-patient", "harbor-patient")) {
            HttpUser user = new HttpUser(balancer, username);
            user.signIn();
            patients.add(new Worker(user, true));
        }
        AtomicInteger runs = new AtomicInteger(FIRST_RUN_MARK);
        List<Write> confirmed = Collections.synchronizedList(new ArrayList<>());
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Instant stopAt = Instant.now().plusSeconds(16);
        ExecutorService pool = Executors.newFixedThreadPool(patients.size());
        List<Future<?>> done = new ArrayList<>();
        List<String> broughtBack = Collections.synchronizedList(new ArrayList<>());
        for (Worker worker : patients) {
            done.add(pool.submit(() -> {
                String kept = null;
                while (Instant.now().isBefore(stopAt)) {
                    String number = kept == null ? Integer.toString(runs.getAndIncrement()) : kept;
                    try {
                        HttpResponse<String> page = worker.user.open("/patient/log-run.xhtml");
                        if (page.statusCode() != 200) {
                            failures.add(new Failure(
                                    Instant.now(),
                                    "form " + page.statusCode() + " " + heading(page),
                                    isDatabasePage(page)));
                        } else {
                            JsfForm form = JsfForm.of(page.body(), "run");
                            if (kept != null) {
                                // The form comes back as it was typed before the outage, and says nothing was saved.
                                assertTrue(
                                        page.body().contains("nothing was saved")
                                                && number.equals(form.get("run:duration")),
                                        "the run typed during the outage is back in the form");
                                broughtBack.add(number);
                            } else {
                                worker.type(form, number, RESTART_PAIN);
                            }
                            HttpResponse<String> answer = worker.user.post(form.action(), form.clicking("run:save"));
                            if (answer.statusCode() == 302
                                    && answer.headers()
                                            .firstValue("Location")
                                            .orElse("")
                                            .contains("/patient/index")) {
                                confirmed.add(new Write(worker, "run " + number, Instant.now()));
                                kept = null;
                            } else {
                                boolean friendly =
                                        isDatabasePage(answer) && answer.body().contains("id=\"back-to-form\"");
                                failures.add(new Failure(
                                        Instant.now(),
                                        "save " + answer.statusCode() + " " + heading(answer),
                                        friendly));
                                kept = friendly ? number : null;
                            }
                        }
                    } catch (Exception e) {
                        failures.add(new Failure(Instant.now(), e.toString(), false));
                    }
                    Thread.sleep(100);
                }
                return null;
            }));
        }
        Thread.sleep(5_000);
        Instant down = Instant.now();
        stack.restartDatabase(Duration.ofSeconds(2));
        Instant up = Instant.now();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        assertTrue(!failures.isEmpty(), "the outage was felt");
        assertTrue(
                failures.stream().noneMatch(f -> f.what().startsWith("save")) || !broughtBack.isEmpty(),
                "a run typed during the outage came back into its form");
        assertEquals(
                List.of(),
                failures.stream().filter(f -> !f.friendly()).limit(10).toList(),
                "every failure is the portal's own message");
        assertEquals(
                List.of(),
                failures.stream()
                        .filter(f -> f.at().isBefore(down) || f.at().isAfter(up.plusSeconds(1)))
                        .limit(10)
                        .toList(),
                "requests fail only while PostgreSQL is down (" + down + " to " + up + ")");
        assertEquals(
                Map.of(), writesNotStoredOnce(confirmed, RESTART_PAIN), "every confirmed run is stored exactly once");
        assertTrue(
                confirmed.stream().anyMatch(write -> write.at().isAfter(up)), "runs are saved again after the restart");
    }

    private static boolean isDatabasePage(HttpResponse<String> page) {
        return page.statusCode() == 503 && page.body().contains("id=\"error-database\"");
    }

    private static String heading(HttpResponse<String> page) {
        Matcher heading = Pattern.compile("<h1[^>]*>([^<]*)<").matcher(page.body());
        return heading.find()
                ? heading.group(1)
                : page.body().substring(0, Math.min(80, page.body().length()));
    }

    /** Clicks the button of Harbor's row on the platform admin's clinic list (an ajax postback, as the browser sends it). */
    private static void clickHarbors(HttpUser platformAdmin, String label) throws Exception {
        HttpResponse<String> page = platformAdmin.get("/platform/");
        String body = page.body();
        String row = Arrays.stream(body.split("<tr"))
                .filter(tr -> tr.contains(">harbor<"))
                .findFirst()
                .orElseThrow();
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*>(?:(?!</button>).)*" + label, Pattern.DOTALL)
                .matcher(row);
        assertTrue(button.find(), "Harbor's row has a " + label + " button");
        JsfForm form = JsfForm.of(body, "clinics");
        Map<String, String> click = form.clickingAjax(button.group(1), "clinics");
        click.put("jakarta.faces.partial.execute", button.group(1));
        HttpResponse<String> answer = platformAdmin.postAjax(form.action(), click);
        assertEquals(200, answer.statusCode(), label + " answered");
    }

    /** Marks of confirmed writes whose count in the database is not one; and stored marks counted twice. */
    private static Map<String, Integer> writesNotStoredOnce(List<Write> confirmed, String pain) throws SQLException {
        Map<String, Integer> stored = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(
                        stack.databaseUrl(), stack.databaseOwner(), stack.databaseOwnerPassword());
                Statement query = db.createStatement()) {
            try (ResultSet runs =
                    query.executeQuery("select duration_minutes, count(*) from run_log where duration_minutes >= "
                            + FIRST_RUN_MARK + " and pain_during = " + pain + " group by duration_minutes")) {
                while (runs.next()) {
                    stored.put("run " + runs.getInt(1), runs.getInt(2));
                }
            }
            try (ResultSet versions =
                    query.executeQuery("select substring(notes from 10), count(*) from program_version "
                            + "where notes like 'failover %' group by notes")) {
                while (versions.next()) {
                    stored.put("program " + versions.getString(1), versions.getInt(2));
                }
            }
        }
        Map<String, Integer> wrong = new TreeMap<>();
        for (Write write : confirmed) {
            int count = stored.getOrDefault(write.mark(), 0);
            if (count != 1) {
                wrong.put(write.mark(), count);
            }
        }
        stored.forEach((mark, count) -> {
            if (count > 1) {
                wrong.put(mark, count);
            }
        });
        return wrong;
    }
}
