package org.clinicportal.clinic;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicportal.security.Caller;

/**
 * The caller's clinic's calendar: its time zone and what day it is there. Patients' days, programs
 * and the audit log's date filter all count in the clinic's time, not the server's.
 */
@Dependent
public class ClinicCalendar {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    public ZoneId zone() {
        String clinic = caller.clinic().orElseThrow(() -> new IllegalStateException("The caller belongs to no clinic"));
        return entityManager.find(Clinic.class, clinic).timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }
}
