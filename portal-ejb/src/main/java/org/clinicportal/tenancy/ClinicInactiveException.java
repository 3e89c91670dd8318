package org.clinicportal.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * The caller's clinic is deactivated: none of its data is served until the platform reactivates it.
 * Unchecked, because any service call can meet it; shown as its own page, not as an error.
 */
@ApplicationException(rollback = true)
public class ClinicInactiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClinicInactiveException(String clinic) {
        super("The clinic " + clinic + " is deactivated.");
    }
}
