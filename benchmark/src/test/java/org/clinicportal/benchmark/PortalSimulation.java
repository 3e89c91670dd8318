package org.clinicportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Signed-in users in a closed loop over the portal's key screens, each a session of its own signed in through
 * Keycloak's form: therapists (caseload, patient list, patient page and the progress section it loads after itself,
 * intake editor, program editor), patients (home, progress,
 * the whole program, the PDF handout; each first logs a run — a write), clinic admins (staff, audit log, the week's
 * sign-ins as CSV).
 * Anonymous visitors load the public landing page in the same run: the floor every other screen is measured
 * against. Sign-ins are spread over the ramp, as Keycloak's brute-force guard treats many sign-ins of one
 * account at the same instant as an attack.
 * <p>
 * Staff give the demo key's one-time code ({@link DemoStaffCodes}).
 * <p>
 * {@code -Dusers} signed-in sessions (default 10) for {@code -Dseconds} (default 60) against {@code -Dbase}, whose
 * Keycloak is at {@code -Dkeycloak}.
 */
public class PortalSimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("keycloak", "http://127.0.0.1:8180");
    static final int USERS = Integer.getInteger("users", 10);
    /** The portal's log with its request statistics, for the database time per screen; none to skip it. */
    private static final String PORTAL_LOG = System.getProperty("portalLog");

    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    /** One sign-in a second: the same account signs in again only after the other five did. */
    static final Duration RAMP = Duration.ofSeconds(Math.max(10, USERS));

    /** The demo accounts, in turn: one signed-in session per virtual user. */
    static final List<Map<String, Object>> ACCOUNTS = List.of(
            Map.of("username", "northside-pt", "role", "therapist", "patient", "900001", "intake", "900001"),
            Map.of("username", "northside-patient", "role", "patient", "patient", "", "intake", ""),
            Map.of("username", "harbor-pt", "role", "therapist", "patient", "900004", "intake", "900004"),
            Map.of("username", "harbor-patient", "role", "patient", "patient", "", "intake", ""),
            Map.of("username", "northside-admin", "role", "admin", "patient", "", "intake", ""),
            Map.of("username", "harbor-admin", "role", "admin", "patient", "", "intake", ""));

    static final HttpProtocolBuilder PROTOCOL = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .userAgentHeader("clinic-portal-benchmark");

    private static Iterator<Map<String, Object>> accounts() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> ACCOUNTS.get(next.getAndIncrement() % ACCOUNTS.size()))
                .iterator();
    }

    static final ChainBuilder SIGN_IN = exec(
                    http("sign in: Keycloak's form")
                            .get("/home")
                            .check(css("#kc-form-login", "action").saveAs("loginAction")),
                    http("sign in: password")
                            .post("#{loginAction}")
                            .formParam("username", "#{username}")
                            .formParam("password", "demo")
                            .formParam("credentialId", "")
                            .check(
                                    status().is(200),
                                    css("#kc-otp-login-form", "action")
                                            .optional()
                                            .saveAs("otpAction"))
                            .checkIf((response, session) ->
                                    !response.body().string().contains("kc-otp-login-form"))
                            .then(css("#user-name").exists()))
            .doIf(session -> session.contains("otpAction"))
            .then(exec(http("sign in: one-time code, back home")
                    .post("#{otpAction}")
                    .formParam("otp", session -> DemoStaffCodes.now())
                    .check(status().is(200), css("#user-name").exists())));

    static final ChainBuilder THERAPIST = exec(
            http("therapist: caseload").get("/therapist/").check(status().is(200)),
            http("therapist: patient list").get("/therapist/patients/").check(status().is(200)),
            http("therapist: patient page")
                    .get("/therapist/patients/view.xhtml?id=#{patient}")
                    .check(
                            status().is(200),
                            css("form#patient", "action").saveAs("pageAction"),
                            css("input[name='jakarta.faces.ViewState']", "value")
                                    .saveAs("viewState"),
                            regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")),
            // What the browser asks for right after the page: its progress section (PrimeFaces' deferred panel).
            http("therapist: patient page, progress after it")
                    .post("#{pageAction}")
                    .header("Faces-Request", "partial/ajax")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "progress-panel")
                    .formParam("jakarta.faces.partial.execute", "progress-panel")
                    .formParam("jakarta.faces.partial.render", "progress-panel")
                    .formParam("progress-panel_load", "true")
                    .formParam("patient", "patient")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), regex("alert-list").exists()),
            http("therapist: intake editor")
                    .get("/therapist/intake/record.xhtml?id=#{intake}")
                    .check(status().is(200)),
            http("therapist: program editor")
                    .get("/therapist/programs/assign.xhtml?patient=#{patient}")
                    .check(status().is(200)));

    private final ChainBuilder patient = exec(
            http("patient: today")
                    .get("/patient/")
                    .check(
                            status().is(200),
                            regex("id=\"handout\"[^>]*href=\"([^\"]+)\"").saveAs("handout"),
                            css("#whole-program", "href").saveAs("wholeProgram")),
            http("patient: progress").get("/patient/progress.xhtml").check(status().is(200)),
            http("patient: whole program").get("#{wholeProgram}").check(status().is(200)),
            http("patient: PDF handout")
                    .get("#{handout}")
                    .check(status().is(200), regex("^%PDF").exists()));

    /**
     * A patient logs the run they came back from, once a session: in a loop each demo patient would log hundreds a
     * minute, and every later read of their twelve weeks of logs would measure a runner no one is.
     */
    private final ChainBuilder logRun = exec(
            http("patient: run form")
                    .get("/patient/log-run.xhtml")
                    .check(
                            status().is(200),
                            css("input[name='jakarta.faces.ViewState']", "value")
                                    .saveAs("viewState"),
                            regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")),
            http("patient: log a run")
                    .post("/patient/log-run.xhtml")
                    .formParam("run", "run")
                    .formParam("run:day", session -> LocalDate.now().toString())
                    .formParam("run:distance", "5")
                    .formParam("run:duration", "30")
                    .formParam("run:painDuring", "1")
                    .formParam("run:painAfter", "1")
                    .formParam("run:soreness", "0")
                    .formParam("run:save", "run:save")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), css("#page-title").exists()));

    private final ChainBuilder admin = exec(
            http("admin: staff").get("/clinic-admin/").check(status().is(200)),
            http("admin: audit log").get("/clinic-admin/audit.xhtml").check(status().is(200)),
            // An admin's review of the week's sign-ins, downloaded. (A whole week's export would grow with every run,
            // by the thousands of entries each run writes, and so would its share of the machine.)
            http("admin: audit CSV")
                    .get(session -> "/clinic-admin/audit.csv?action=SIGNED_IN&from="
                            + LocalDate.now().minusDays(7))
                    .check(status().is(200)));

    private final ScenarioBuilder signedIn = scenario("signed-in users")
            .feed(accounts())
            .exec(SIGN_IN)
            .doIf(session -> session.getString("role").equals("patient"))
            .then(logRun)
            .during(RUN)
            .on(doSwitch("#{role}")
                    .on(
                            onCase("therapist").then(THERAPIST),
                            onCase("patient").then(patient),
                            onCase("admin").then(admin)));

    private final ScenarioBuilder visitors = scenario("anonymous visitors")
            .during(RUN)
            .on(exec(http("landing page (floor)").get("/").check(status().is(200)))
                    .pause(Duration.ofMillis(200)));

    private long started;

    @Override
    public void before() {
        DemoStaffCodes.reusable(KEYCLOAK, true);
        started = System.currentTimeMillis();
    }

    @Override
    public void after() {
        DemoStaffCodes.reusable(KEYCLOAK, false);
        if (PORTAL_LOG != null) {
            try {
                System.out.println("Database time per request, from " + PORTAL_LOG + ":");
                System.out.println(DatabaseTime.report(Path.of(PORTAL_LOG), started, System.currentTimeMillis()));
            } catch (IOException e) {
                System.out.println("No database times: " + e.getMessage());
            }
        }
    }

    {
        setUp(
                        signedIn.injectOpen(rampUsers(USERS).during(RAMP)),
                        visitors.injectOpen(rampUsers(2).during(RAMP)))
                .protocols(PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
