package org.clinicportal.staff;

import jakarta.ejb.ApplicationException;
import org.clinicportal.tenancy.NotFoundException;

/** No staff member of that username in the caller's clinic: the same answer for another clinic's users and admins of the platform. */
@ApplicationException(rollback = true)
public class StaffNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public StaffNotFoundException(String username) {
        super("There is no staff member " + username + " in your clinic.");
    }
}
