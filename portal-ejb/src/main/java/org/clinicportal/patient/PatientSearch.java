package org.clinicportal.patient;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;

/**
 * What the list is narrowed to; every part is optional.
 *
 * @param name the start of the given or family name, any case
 */
public record PatientSearch(
        @Size(max = 80) @PlainText String name,
        @PlausibleDate LocalDate dateOfBirth,
        PatientStatus status) {

    public static PatientSearch everyone() {
        return new PatientSearch(null, null, null);
    }
}
