package org.clinicportal.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicportal.security.Caller;

/**
 * The caller's clinic's calendar: its time zone and what day it is there. Patients' days, programs
 * and the audit log's date filter all count in the clinic's time, not the server's.
 */
@Dependent
public class ClinicCalendar {

    @Inject
    private Caller caller;

    @Inject
    private ClinicOfRequest clinics;

    public ZoneId zone() {
        String clinic = caller.clinic().orElseThrow(() -> new IllegalStateException("The caller belongs to no clinic"));
        return clinics.find(clinic).orElseThrow().timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }
}
