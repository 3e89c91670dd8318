package org.clinicportal.staff;

import org.clinicportal.tenancy.NotFoundException;

/** No staff member of that username in the caller's clinic: the same answer for another clinic's users and admins of the platform. */
public class StaffNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public StaffNotFoundException(String username) {
        super("refused.notFound.staff", username);
    }
}
