package org.clinicportal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clinic isolation, proven in Payara against the real PostgreSQL with its row-level security:
 * acting for Northside, nothing of Harbor's can be read, counted, found, changed or deleted,
 * whether through JPA or through native SQL that bypasses the ORM's filter.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    private static final String NORTHSIDE = "northside";
    private static final String HARBOR = "harbor";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class);
    }

    @EJB
    private TenancyProbe probe;

    @Resource(lookup = "java:app/jdbc/portalOwner")
    private DataSource owner;

    @Inject
    private ScriptedCaller caller;

    private String family;
    private long northsidePatient;
    private long harborPatient;

    @BeforeEach
    void aPatientInEachClinic() {
        family = "Tenancy" + UUID.randomUUID().toString().substring(0, 8);
        caller.actFor(HARBOR);
        harborPatient = probe.register("Hana", family);
        caller.actFor(NORTHSIDE);
        northsidePatient = probe.register("Nils", family);
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void findByIdReturnsOnlyTheOwnClinicsRows() {
        assertTrue(probe.finds(northsidePatient));
        assertFalse(probe.finds(harborPatient));
    }

    @Test
    void listAndCountSeeOnlyTheOwnClinic() {
        List<Long> listed = probe.listIds();

        assertTrue(listed.contains(northsidePatient));
        assertFalse(listed.contains(harborPatient));
        assertEquals(listed.size(), probe.count());
    }

    @Test
    void searchFindsOnlyTheOwnClinicsPatients() {
        assertEquals(List.of(northsidePatient), probe.searchIds(family));

        caller.actFor(HARBOR);
        assertEquals(List.of(harborPatient), probe.searchIds(family));
    }

    @Test
    void aNewRowBelongsToTheCallersClinic() {
        assertEquals(NORTHSIDE, probe.nativeClinicOf(northsidePatient));
    }

    @Test
    void updatingAnotherClinicsRowByIdChangesNothing() {
        assertEquals(0, probe.dischargeWithJpql(harborPatient));
        assertEquals(0, probe.nativeRename(harborPatient, "Hijacked"));
        assertEquals(1, probe.nativeRename(northsidePatient, family));

        caller.actFor(HARBOR);
        assertEquals(List.of(harborPatient), probe.searchIds(family), "Harbor's patient keeps its name");
    }

    @Test
    void movingTheOwnRowToAnotherClinicIsRefusedByTheDatabase() {
        assertThrows(EJBException.class, () -> probe.nativeMoveToClinic(northsidePatient, HARBOR));
    }

    @Test
    void deletingAnotherClinicsRowByIdFails() {
        assertThrows(EJBException.class, () -> probe.deleteWithJpql(harborPatient));

        caller.actFor(HARBOR);
        assertTrue(probe.finds(harborPatient), "Harbor's patient is still there");
    }

    @Test
    void nativeSqlWithoutTheOrmsFilterStillSeesOnlyTheOwnClinic() {
        List<Long> ids = probe.nativeIds();

        assertTrue(ids.contains(northsidePatient));
        assertFalse(ids.contains(harborPatient));
    }

    @Test
    void aCallerWithoutAClinicSeesNoClinicOwnedRows() {
        caller.actForNoClinic();

        assertThrows(EJBException.class, () -> probe.listIds(), "the ORM refuses to run without a tenant");
        assertTrue(probe.nativeIds().isEmpty(), "row-level security shows nothing without a clinic");
        assertNull(probe.nativeClinicOf(northsidePatient));
    }

    /**
     * Every table with a clinic column is under row-level security, with the policy the one definition in
     * V24 writes (isolate_by_clinic, or isolate_library_by_clinic for the libraries): a new table that pasted its
     * own policy, or forgot one, fails here. The audit chain's head is read-only to the application and says so.
     */
    @Test
    void everyClinicTableIsIsolatedByTheOnePolicyDefinition() throws SQLException {
        String offenders = """
                select t.relname from pg_class t
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                join pg_attribute a on a.attrelid = t.oid and a.attname = 'clinic_id' and not a.attisdropped
                where t.relkind = 'r' and t.relname <> 'audit_chain_head' and not (
                    t.relrowsecurity
                    and (exists (select 1 from pg_policies p where p.tablename = t.relname
                                 and p.policyname = t.relname || '_tenant_isolation' and p.cmd = 'ALL'
                                 and p.qual = (select q.qual from pg_policies q
                                               where q.policyname = 'patient_tenant_isolation')
                                 and p.with_check = p.qual)
                         or (exists (select 1 from pg_policies p where p.tablename = t.relname
                                     and p.policyname = t.relname || '_read' and p.cmd = 'SELECT')
                             and exists (select 1 from pg_policies p where p.tablename = t.relname
                                         and p.policyname = t.relname || '_write'
                                         and p.qual = (select q.qual from pg_policies q
                                                       where q.policyname = 'patient_tenant_isolation'))))
                    and (select count(*) from pg_policies p where p.tablename = t.relname)
                        = case when exists (select 1 from pg_policies p where p.tablename = t.relname
                                            and p.policyname = t.relname || '_read') then 2 else 1 end)
                order by t.relname""";
        List<String> tables = new ArrayList<>();
        try (Connection connection = owner.getConnection();
                PreparedStatement query = connection.prepareStatement(offenders);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertEquals(List.of(), tables);
        assertTrue(isolatedTables() >= 21, "the check saw the clinic tables");
    }

    private long isolatedTables() throws SQLException {
        try (Connection connection = owner.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(distinct tablename) from pg_policies where policyname like '%_tenant_isolation'"
                                + " or policyname like '%_write'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
