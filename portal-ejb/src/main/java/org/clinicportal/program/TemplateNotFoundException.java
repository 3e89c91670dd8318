package org.clinicportal.program;

import org.clinicportal.tenancy.NotFoundException;

/** No template with that id among the shared ones and the caller's clinic's. */
public class TemplateNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(long id) {
        super("refused.notFound.template", id);
    }
}
