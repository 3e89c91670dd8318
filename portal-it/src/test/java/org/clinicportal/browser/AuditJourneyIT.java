package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.Test;

/**
 * The audit log as its readers meet it: the clinic admin sees that it is intact and holds their own sign-in, the
 * patient sees who opened their record.
 */
class AuditJourneyIT {

    private final String base = StackSession.current().baseUrl();

    @Test
    void thePatientSeesTheTherapistWhoJustOpenedTheirRecord() throws Exception {
        HttpUser therapist = new HttpUser(base, "northside-pt");
        therapist.signIn();
        assertEquals(
                200, therapist.get("/therapist/patients/view.xhtml?id=900001").statusCode());

        HttpUser sam = new HttpUser(base, "northside-patient");
        sam.signIn();
        HttpResponse<String> accesses = sam.get("/patient/record-access.xhtml");
        assertEquals(200, accesses.statusCode());
        String rows = accesses.body().substring(accesses.body().indexOf("<tbody"));
        assertTrue(
                Arrays.stream(rows.split("</tr>"))
                        .anyMatch(row -> row.contains("Nora Lindqvist")
                                && row.contains("(Therapist)")
                                && row.contains("Viewed")
                                && row.contains("Patient record opened")),
                rows);
        assertFalse(accesses.body().contains("Maya"), "nothing of another patient");

        HttpUser maya = new HttpUser(base, "harbor-patient");
        maya.signIn();
        assertFalse(
                maya.get("/patient/record-access.xhtml").body().contains("Nora Lindqvist"),
                "another clinic's patient sees none of it");
        assertEquals(403, therapist.get("/patient/record-access.xhtml").statusCode(), "the list is the patient's");
    }

    @Test
    void theClinicAdminSeesThatTheAuditLogIsIntact() throws Exception {
        HttpUser admin = new HttpUser(base, "northside-admin");
        admin.signIn();
        HttpResponse<String> audit = admin.get("/clinic-admin/audit.xhtml");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("Audit log intact since"), audit.body());
        String rows = audit.body().substring(audit.body().indexOf("<tbody"));
        assertTrue(
                Arrays.stream(rows.split("</tr>"))
                        .anyMatch(row -> row.contains("northside-admin") && row.contains("Signed in")),
                "the admin's own sign-in is in the log: " + rows);
    }
}
