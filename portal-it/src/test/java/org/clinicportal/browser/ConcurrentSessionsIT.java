package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;

/**
 * Many signed-in users at once, as a clinic's morning looks: 24 sessions of therapists, patients and clinic
 * admins of both clinics, each opening its role's key pages (the PDF handout, the audit log and a stale
 * bookmark among them) 30 times in parallel, beside anonymous visitors of the landing page. Each page is
 * loaded as a browser loads it, with its stylesheets and scripts. Every page is a 200 showing that session's
 * own user and clinic: a request that lost its caller (the "Client not authorized" refusal met under load)
 * or borrowed another's would show here. Plain HTTP clients rather than browsers, so that the sessions
 * really run at the same time; each signs in through Keycloak's own form.
 */
class ConcurrentSessionsIT {

    private static final Pattern USER_NAME = Pattern.compile("id=\"user-name\">([^<]*)<");
    private static final Pattern CLINIC_NAME = Pattern.compile("id=\"clinic-name\"[^>]*>([^<]*)<");
    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"(/[^\"]*jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final String NORTHSIDE = "Northside Running Clinic";
    private static final String HARBOR = "Harbor Physio";
    private static final Pattern HANDOUT = Pattern.compile("id=\"handout\"[^>]*href=\"([^\"]+)\"");

    /** Stale bookmarks, answered 404: the page of a patient that does not exist, a day that does not exist. */
    private static final String GONE = "/therapist/patients/view.xhtml?id=999999999";
    /** Where "Home" and every sign-in lead: the role's own area, never the public landing page. */
    private static final String HOME = "/home";

    private static final String NO_SUCH_DAY = "/patient/log-session.xhtml?day=2026-02-30";

    /** Anonymous visitors of the landing page beside the signed-in users, as on a real day. */
    private static final int VISITORS = 4;

    record Account(String username, String name, String clinic, String home, List<String> pages) {}

    record Session(Account account, HttpUser user) {}

    @Test
    void everySessionKeepsItsOwnCaller() throws Exception {
        String base = StackSession.current().baseUrl();
        List<Account> staffAndPatients = List.of(
                new Account(
                        "northside-pt",
                        "Nora Lindqvist",
                        NORTHSIDE,
                        "/therapist/",
                        List.of(
                                HOME,
                                "/therapist/",
                                "/therapist/patients/",
                                "/therapist/patients/view.xhtml?id=900001",
                                GONE)),
                new Account(
                        "harbor-pt",
                        "Henry Adeyemi",
                        HARBOR,
                        "/therapist/",
                        List.of(HOME, "/therapist/", "/therapist/patients/", "/therapist/library/", GONE)),
                new Account(
                        "northside-patient",
                        "Sam Rivera",
                        NORTHSIDE,
                        "/patient/",
                        List.of(
                                HOME,
                                "/patient/",
                                "/patient/progress.xhtml",
                                "/patient/log-session.xhtml",
                                NO_SUCH_DAY)),
                new Account(
                        "harbor-patient",
                        "Maya Chen",
                        HARBOR,
                        "/patient/",
                        List.of(
                                HOME,
                                "/patient/",
                                "/patient/progress.xhtml",
                                "/patient/log-session.xhtml",
                                NO_SUCH_DAY)));
        List<Account> admins = List.of(
                new Account(
                        "northside-admin",
                        "Nadia Brooks",
                        NORTHSIDE,
                        "/clinic-admin/",
                        List.of(HOME, "/clinic-admin/audit.xhtml", "/clinic-admin/")),
                new Account(
                        "harbor-admin",
                        "Hugo Marsh",
                        HARBOR,
                        "/clinic-admin/",
                        List.of(HOME, "/clinic-admin/audit.xhtml", "/clinic-admin/")));
        List<Session> sessions = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Account account : round < 2 ? concat(staffAndPatients, admins) : staffAndPatients) {
                Session session = new Session(account, new HttpUser(base, account.username()));
                session.user().signIn();
                sessions.add(session);
            }
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size() + VISITORS);
        List<Future<?>> done = new ArrayList<>();
        for (int visitor = 0; visitor < VISITORS; visitor++) {
            done.add(pool.submit(() -> {
                HttpUser anonymous = new HttpUser(base, null);
                for (int i = 0; i < 60; i++) {
                    HttpResponse<String> landing = anonymous.get("/");
                    if (landing.statusCode() != 200) {
                        failures.add("visitor / -> " + landing.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Session session : sessions) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    String page = session.account()
                            .pages()
                            .get(i % session.account().pages().size());
                    try {
                        check(session, page, session.user().get(page), failures);
                    } catch (IOException | InterruptedException e) {
                        failures.add(session.account().username() + " " + page + " -> " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertEquals(
                List.of(),
                failures.subList(0, Math.min(failures.size(), 20)),
                failures.size() + " of " + sessions.size() * 30 + " pages failed");
    }

    /** The page itself, then what a browser fetches with it; each answer must be that session's own. */
    private static void check(Session session, String page, HttpResponse<String> response, List<String> failures)
            throws IOException, InterruptedException {
        String who = session.account().username() + " " + page + " -> " + response.statusCode();
        if (page.equals(HOME)) {
            String target = response.headers().firstValue("Location").orElse("(none)");
            if (response.statusCode() != 302
                    || !target.endsWith(session.account().home())) {
                failures.add(who + " to " + target);
            }
            return;
        }
        if (page.equals(GONE) || page.equals(NO_SUCH_DAY)) {
            if (response.statusCode() != 404) {
                failures.add(who);
            }
            return;
        }
        Matcher name = USER_NAME.matcher(response.body());
        Matcher clinic = CLINIC_NAME.matcher(response.body());
        String shown =
                (name.find() ? name.group(1) : "(no user)") + " / " + (clinic.find() ? clinic.group(1) : "(no clinic)");
        if (response.statusCode() != 200
                || !shown.equals(
                        session.account().name() + " / " + session.account().clinic())) {
            failures.add(who + " " + shown);
            return;
        }
        String origin = response.uri().getScheme() + "://" + response.uri().getAuthority();
        Matcher resource = RESOURCE.matcher(response.body());
        while (resource.find()) {
            HttpResponse<String> fetched =
                    session.user().get(origin + resource.group(1).replace("&amp;", "&"));
            if (fetched.statusCode() != 200) {
                failures.add(session.account().username() + " " + resource.group(1) + " -> " + fetched.statusCode());
            }
        }
        Matcher handout = HANDOUT.matcher(response.body());
        if (handout.find()) {
            HttpResponse<String> pdf =
                    session.user().get(origin + handout.group(1).replace("&amp;", "&"));
            if (pdf.statusCode() != 200 || !pdf.body().startsWith("%PDF")) {
                failures.add(session.account().username() + " " + handout.group(1) + " -> " + pdf.statusCode()
                        + " (no handout)");
            }
        }
    }

    private static List<Account> concat(List<Account> first, List<Account> second) {
        List<Account> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
