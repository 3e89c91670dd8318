package org.clinicportal.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PatientSearch;
import org.clinicportal.patient.PatientStatus;

/** The therapist's home: how many runners are in treatment and how many wait for a referral decision. */
@Named
@RequestScoped
public class Caseload {

    @Inject
    private PatientRegistry registry;

    @Inject
    private IntakeService intakes;

    private Long activePatients;
    private Long awaitingReferral;

    /** Counted up to {@link PatientRegistry#COUNTED} and one. */
    public long getActivePatients() {
        if (activePatients == null) {
            activePatients = registry.count(new PatientSearch(null, null, PatientStatus.ACTIVE));
        }
        return activePatients;
    }

    public boolean isMoreActivePatientsThanCounted() {
        return getActivePatients() > PatientRegistry.COUNTED;
    }

    public int getCounted() {
        return PatientRegistry.COUNTED;
    }

    public long getAwaitingReferral() {
        if (awaitingReferral == null) {
            awaitingReferral = intakes.patientsAwaitingReferral();
        }
        return awaitingReferral;
    }
}
