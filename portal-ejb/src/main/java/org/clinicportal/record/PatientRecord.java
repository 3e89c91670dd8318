package org.clinicportal.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.program.ProgramAssignments;
import org.clinicportal.security.Role;

/**
 * Opens a patient's record for the therapist's page: the patient, their visits, red flags and program, in one
 * transaction, so the patient is read once for all of them and the page costs a fixed handful of statements.
 * Each part is its own service's; this only puts them in one unit of work.
 */
@Stateless
public class PatientRecord {

    @EJB
    private PatientRegistry registry;

    @EJB
    private IntakeService intakes;

    @EJB
    private ProgramAssignments programs;

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public RecordView open(long patientId) throws PatientNotFoundException {
        return new RecordView(
                registry.profile(patientId),
                intakes.visits(patientId),
                intakes.referrals(patientId),
                programs.overview(patientId));
    }
}
