package org.clinicportal.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The shared templates and the clinic's own. */
@Named
@RequestScoped
public class TemplateList {

    @Inject
    private ProgramTemplates templates;

    private List<TemplateRow> rows;

    public List<TemplateRow> getTemplates() {
        if (rows == null) {
            rows = templates.list();
        }
        return rows;
    }
}
