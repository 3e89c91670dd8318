package org.clinicportal.intake;

import org.clinicportal.tenancy.NotFoundException;

/** No intake (or referral alert) with that id in the caller's clinic; the same answer for another clinic's. */
public class IntakeNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public IntakeNotFoundException(String what, long id) {
        super("refused.notFound." + what, id);
    }
}
