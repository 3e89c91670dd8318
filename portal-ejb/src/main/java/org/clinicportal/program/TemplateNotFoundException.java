package org.clinicportal.program;

import jakarta.ejb.ApplicationException;
import org.clinicportal.tenancy.NotFoundException;

/** No template with that id among the shared ones and the caller's clinic's. */
@ApplicationException(rollback = true)
public class TemplateNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(long id) {
        super("There is no program template " + id + ".");
    }
}
