package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.UUID;

/** The details of runners the service tests register: each family name unique, so no test meets another's patients. */
public final class Runners {

    private Runners() {}

    /** A runner called {@code given} with a family name starting {@code familyPrefix}. */
    public static PatientDetails details(String given, String familyPrefix, LocalDate born) {
        PatientDetails details = new PatientDetails();
        details.setGivenName(given);
        details.setFamilyName(familyPrefix + UUID.randomUUID().toString().substring(0, 8));
        details.setDateOfBirth(born);
        return details;
    }
}
