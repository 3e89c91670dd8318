package org.clinicportal.progress;

import org.clinicportal.tenancy.NotFoundException;

/** No alert with that id in the caller's clinic. */
public class AlertNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AlertNotFoundException(long id) {
        super("refused.notFound.alert", id);
    }
}
