package org.clinicportal.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicportal.intake.IntakeService;

/** The therapist's home: how many runners are in treatment and how many wait for a referral decision. */
@Named
@RequestScoped
public class Caseload {

    @Inject
    private PatientRegistry registry;

    @Inject
    private IntakeService intakes;

    public long getActivePatients() {
        return registry.count(new PatientSearch(null, null, PatientStatus.ACTIVE));
    }

    public long getAwaitingReferral() {
        return intakes.patientsAwaitingReferral();
    }
}
