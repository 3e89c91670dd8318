package org.clinicportal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
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
}
