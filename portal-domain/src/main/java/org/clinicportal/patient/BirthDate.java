package org.clinicportal.patient;

import java.time.LocalDate;
import java.time.Period;

/** Whether a date of birth is one a runner treated in a clinic can have. */
public final class BirthDate {

    public static final int YOUNGEST_AGE = 5;
    public static final int OLDEST_AGE = 120;

    private BirthDate() {}

    /** True for a patient aged {@value #YOUNGEST_AGE} to {@value #OLDEST_AGE} years on the given day. */
    public static boolean isPlausible(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null || dateOfBirth.isAfter(today)) {
            return false;
        }
        int age = Period.between(dateOfBirth, today).getYears();
        return age >= YOUNGEST_AGE && age <= OLDEST_AGE;
    }
}
