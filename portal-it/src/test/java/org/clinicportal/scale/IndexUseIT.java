package org.clinicportal.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinicportal.audit.AuditFilter;
import org.clinicportal.audit.AuditLog;
import org.clinicportal.patient.PatientOrder;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PatientSearch;
import org.clinicportal.patient.PatientStatus;
import org.clinicportal.progress.CaseloadFilter;
import org.clinicportal.progress.CaseloadOrder;
import org.clinicportal.progress.ProgressReview;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.stack.ScaleData;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.trail.AuditAction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clinic's big lists keep their indexes as the application role, under row-level security, in a clinic of a few
 * thousand patients (the data-scale generator's) with fresh statistics: PostgreSQL's plan for every statement of
 * the name search, the patient list, the audit page and each caseload sort reads patient, audit_entry,
 * session_log, due_day and caseload_row through an index, never by a sequential scan of all clinics' rows.
 */
@ExtendWith(ArquillianExtension.class)
class IndexUseIT {

    private static final Logger LOG = Logger.getLogger(IndexUseIT.class.getName());

    private static final String CLINIC = "index-use";
    /** A clinic with no patients yet: for PostgreSQL's statistics, one of a handful of rows in any table. */
    private static final String NEW_CLINIC = "index-use-new";

    private static final String THERAPIST = "index-use-pt";
    private static final int PATIENTS = 3000;
    /** Rows a statement that reads by key may touch per run (row versions included): nowhere near the clinic's. */
    private static final int A_FEW_PER_RUN = 5;

    private static final List<String> BIG_TABLES =
            List.of("patient", "audit_entry", "session_log", "due_day", "caseload_row");

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(QueryPlans.class, ScaleData.class).addAsResource("scale/fill-clinic.sql");
    }

    @Resource(lookup = "java:app/jdbc/portalOwner")
    private DataSource owner;

    @EJB
    private QueryPlans plans;

    @EJB
    private PatientRegistry registry;

    @EJB
    private ProgressReview review;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    @BeforeEach
    void aClinicOfThousands() throws Exception {
        try (Connection connection = owner.getConnection()) {
            if (!exists(connection)) {
                run(
                        connection,
                        "insert into clinic (id, name, time_zone, distance_unit) values (?, 'Index Use Clinic', 'Europe/Oslo', 'KILOMETRES')");
                run(
                        connection,
                        "insert into staff_member (id, clinic_id, username, given_name, family_name, email, role, enabled, version)"
                                + " values (nextval('staff_member_seq'), ?, '" + THERAPIST
                                + "', 'Ida', 'Berg', null, 'THERAPIST', true, 0)");
                ScaleData.fill(connection, CLINIC, PATIENTS, LOG::info);
            }
            try (PreparedStatement newClinic =
                    connection.prepareStatement("insert into clinic (id, name, time_zone, distance_unit)"
                            + " values (?, 'New Clinic', 'Europe/Oslo', 'KILOMETRES') on conflict (id) do nothing")) {
                newClinic.setString(1, NEW_CLINIC);
                newClinic.executeUpdate();
            }
        }
        caller.actAs(CLINIC, THERAPIST);
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void theNameSearchReadsPatientsThroughTheNameIndexes() throws Exception {
        PatientSearch search = new PatientSearch("Ros", null, PatientStatus.ACTIVE);
        List<String> statements = plans.statements(() -> therapist.call(() -> {
            registry.count(search);
            return registry.list(search, 0, 20, PatientOrder.NAME, true);
        }));
        assertEveryPlanUsesIndexes(statements, "patient");
        assertTrue(therapist.call(() -> registry.list(search, 0, 20, PatientOrder.NAME, true)).stream()
                .allMatch(row ->
                        row.familyName().startsWith("Ros") || row.givenName().startsWith("Ros")));
    }

    @Test
    void thePatientListPagesAlongTheNameIndex() throws Exception {
        PatientSearch active = new PatientSearch(null, null, PatientStatus.ACTIVE);
        List<String> statements = plans.statements(() -> therapist.call(() -> {
            registry.count(active);
            registry.list(active, 0, 20, PatientOrder.NAME, true);
            registry.list(active, 980, 20, PatientOrder.NAME, true);
            return registry.list(active, 0, 20, PatientOrder.NAME, false);
        }));
        assertEveryPlanUsesIndexes(statements, "patient");
    }

    @Test
    void theAuditPageReadsTheNewestEntriesThroughAnIndex() throws Exception {
        clinicAdmin.call(() -> auditLog.integrity());
        AuditFilter byName = new AuditFilter();
        byName.setPatient("Rossi-3");
        List<String> statements = plans.statements(() -> clinicAdmin.call(() -> {
            auditLog.integrity();
            auditLog.count(new AuditFilter());
            auditLog.page(new AuditFilter(), 0, 25);
            auditLog.page(new AuditFilter(), 4975, 25);
            auditLog.count(byName);
            return auditLog.page(byName, 0, 25);
        }));
        assertEveryPlanUsesIndexes(statements, "audit_entry");
    }

    /**
     * Filtered by what was done or by whom, the audit page reads only the matching entries: an index by time alone
     * had the benchmark walk 41 000 entries of a week, and drop all but them, to find its 474 sign-ins.
     */
    @Test
    void theAuditPageFilteredByActionOrUserReadsOnlyTheMatchingEntries() throws Exception {
        AuditFilter weeksSignIns = new AuditFilter();
        weeksSignIns.setAction(AuditAction.SIGNED_IN);
        weeksSignIns.setFrom(LocalDate.now().minusDays(7));
        AuditFilter byUser = new AuditFilter();
        byUser.setUser("index-use-admin");
        List<String> statements = plans.statements(() -> clinicAdmin.call(() -> {
            auditLog.count(weeksSignIns);
            auditLog.page(weeksSignIns, 0, 25);
            auditLog.count(byUser);
            return auditLog.page(byUser, 0, 25);
        }));
        List<String> reads = QueryPlans.reading(statements, "audit_entry");
        List<String> filtered = new ArrayList<>();
        for (String sql : reads) {
            String plan = clinicAdmin.call(() -> plans.explain(sql));
            if (plan.lines().anyMatch(line -> line.matches("\\s*(->\\s*)?Filter: .*\\b(action|actor)\\b.*"))) {
                filtered.add(sql + "\n" + plan);
            }
        }
        assertEquals(4, reads.size(), statements.toString());
        assertTrue(filtered.isEmpty(), "entries read, then dropped by the filter:\n" + String.join("\n\n", filtered));
    }

    /**
     * Each view of the caseload first looks for rows of an earlier day. Asked in a PL/pgSQL function whether any such
     * row exists, PostgreSQL's generic plan expected many and scanned all clinics' caseload rows each time: 1 700
     * pages, 20-50 ms per view at 100 000 patients.
     */
    @Test
    void theCaseloadsLookForRowsOfAnEarlierDayReadsNoOtherRows() throws Exception {
        String lookAndRefresh = "select refresh_stale_caseload('" + CLINIC + "')";
        therapist.call(() -> plans.rowsRead("caseload_row", lookAndRefresh, 1));
        long rowsRead = therapist.call(() -> plans.rowsRead("caseload_row", lookAndRefresh, 10));
        assertTrue(rowsRead < A_FEW_PER_RUN * 10, rowsRead + " caseload rows read in ten looks");
    }

    /**
     * After the clinic's midnight all its caseload rows are a day old. The first view of the day refreshed them all in
     * its request while the clinic's other views waited: 17 s at 100 000 patients, minutes under load. A view now
     * refreshes a batch, and the refresh every node runs each minute brings the rest to today.
     */
    @Test
    void afterTheClinicsMidnightAViewRefreshesABatchAndTheMinutelyRefreshTheRest() throws Exception {
        try (Connection connection = owner.getConnection()) {
            run(connection, "update caseload_row set as_of = as_of - 1 where clinic_id = ?");
        }
        long refreshedByTheView = therapist.call(
                () -> plans.rowsWritten("caseload_row", "select refresh_stale_caseload('" + CLINIC + "')"));
        assertTrue(refreshedByTheView <= 100, refreshedByTheView + " caseload rows refreshed by the day's first view");

        for (int run = 0; staleCaseloadRows() > 0 && run < 100; run++) {
            if (therapist.call(() -> plans.rowsWritten("caseload_row", "select refresh_stale_caseloads(1000)")) == 0) {
                // The rows left are those this node's own minutely run holds: it commits them in a moment.
                Thread.sleep(100);
            }
        }
        assertEquals(0, staleCaseloadRows(), "caseload rows of an earlier day left");
    }

    private long staleCaseloadRows() throws Exception {
        try (Connection connection = owner.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from caseload_row r join clinic c on c.id = r.clinic_id"
                                + " where r.clinic_id = ? and r.as_of < (now() at time zone c.time_zone)::date")) {
            query.setString(1, CLINIC);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Every log, due day, measure or alert a patient's write adds refreshes that patient's caseload row in the same
     * statement. With "these patients, or all when none are named" in one condition, the function's generic plan
     * read every patient of every clinic to find the one: 20-25 ms per logged run at 100 000 patients.
     */
    @Test
    void aPatientsWriteRefreshesTheirCaseloadRowWithoutReadingAllPatients() throws Exception {
        long patient = therapist
                .call(() -> registry.list(
                        new PatientSearch(null, null, PatientStatus.ACTIVE), 0, 1, PatientOrder.NAME, true))
                .get(0)
                .id();
        String refreshOne = "select refresh_caseload('" + CLINIC + "', array[" + patient + "]::bigint[])";
        long rowsRead = therapist.call(() -> plans.rowsRead("patient", refreshOne, 10));
        assertTrue(rowsRead < A_FEW_PER_RUN * 10, rowsRead + " patients read to refresh one patient's row ten times");
    }

    /** A patient's progress reads the weeks of logged sessions and due days it draws, through their indexes. */
    @Test
    void aPatientsProgressReadsTheirDaysThroughIndexes() throws Exception {
        long patient = therapist
                .call(() -> registry.list(
                        new PatientSearch(null, null, PatientStatus.ACTIVE), 0, 1, PatientOrder.NAME, true))
                .get(0)
                .id();
        List<String> statements = plans.statements(() -> therapist.call(() -> review.progress(patient)));
        List<String> days = QueryPlans.reading(statements, "due_day");
        assertEquals(days, QueryPlans.reading(statements, "session_log"), "due days and sessions in one read");
        assertEveryPlanUsesIndexes(days, "session_log");
    }

    @Test
    void everyCaseloadSortIsAnIndexScan() throws Exception {
        for (boolean everyone : List.of(false, true)) {
            CaseloadFilter filter = new CaseloadFilter();
            filter.setEveryone(everyone);
            List<String> statements = plans.statements(() -> therapist.call(() -> {
                review.caseloadCount(filter);
                for (CaseloadOrder order : CaseloadOrder.values()) {
                    review.caseload(filter, order, true, 0, 25);
                    review.caseload(filter, order, false, 0, 25);
                }
                return null;
            }));
            assertEveryPlanUsesIndexes(statements, "caseload_row");
        }
    }

    /**
     * A row that belongs to a clinic through its parent (a program's exercises, a session's exercises) is checked
     * against that one parent row. A sub-select in the policy let PostgreSQL's generic plan hash every parent row of
     * the clinic for each read: 40-80 ms per program at 100 000 patients, found in the benchmark's statement log.
     */
    @Test
    void childRowsAreCheckedAgainstTheirOneParentRowNotAllOfTheClinics() throws Exception {
        try (Connection connection = owner.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select tablename || ': ' || qual from pg_policies"
                                + " where tablename in ('program_item', 'session_log_exercise') and qual ilike '%select%'");
                ResultSet subSelects = query.executeQuery()) {
            List<String> policies = new ArrayList<>();
            while (subSelects.next()) {
                policies.add(subSelects.getString(1));
            }
            assertEquals(List.of(), policies);
        }
    }

    /**
     * A program's exercises are checked by their own clinic column, not by looking up their version, whichever clinic
     * the pooled connection served first. V19 looked each exercise's version up in a PL/pgSQL function; the connection
     * kept that lookup's plan, made with the first clinic's share of the rows in mind. Made for a small clinic, it
     * walked the clinic index instead of the primary key and read 18 000 versions of a large clinic per exercise.
     */
    @Test
    void aProgramsExercisesAreCheckedWithoutLookingUpTheirVersionWhicheverClinicTheConnectionServedFirst()
            throws Exception {
        long version;
        try (Connection connection = owner.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select max(id) from program_version where clinic_id = ?")) {
            query.setString(1, CLINIC);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                version = row.getLong(1);
            }
        }
        String exercises = "select * from program_item where program_version_id = " + version;
        long rowsRead = therapist.call(() -> plans.rowsReadAfterServing(NEW_CLINIC, "program_version", exercises, 10));
        assertEquals(0, rowsRead, "program versions read to check one program's exercises ten times");
    }

    /**
     * The work read the table, and no statement of it scans any of the big tables whole. A bounded count may read
     * the table in its stored order, as long as nothing sorts what it read: it stops at its bound.
     */
    private void assertEveryPlanUsesIndexes(List<String> statements, String table) throws Exception {
        assertFalse(QueryPlans.reading(statements, table).isEmpty(), "no statement read " + table + ": " + statements);
        List<String> scans = new ArrayList<>();
        for (String sql : statements) {
            String plan = clinicAdmin.call(() -> plans.explain(sql));
            boolean boundedCount =
                    sql.startsWith("select count(*) from (") && plan.contains("Limit") && !plan.contains("Sort");
            for (String big : BIG_TABLES) {
                if (plan.contains("Seq Scan on " + big) && !boundedCount) {
                    scans.add(sql + "\n" + plan);
                }
            }
        }
        assertTrue(scans.isEmpty(), "sequential scans:\n" + String.join("\n\n", scans));
    }

    private static boolean exists(Connection connection) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from clinic where id = ?")) {
            query.setString(1, CLINIC);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    private static void run(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, CLINIC);
            statement.executeUpdate();
        }
    }
}
