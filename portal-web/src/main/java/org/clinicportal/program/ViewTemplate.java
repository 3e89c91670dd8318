package org.clinicportal.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.web.Refusals;

/** A template's page, with "make a copy" for the clinic's own version. */
@Named
@ViewScoped
public class ViewTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramTemplates templates;

    private Long id;
    private TemplateView template;

    public void load() throws TemplateNotFoundException {
        template = templates.template(id == null ? -1 : id);
    }

    public String copy() {
        try {
            return "/therapist/templates/edit?faces-redirect=true&id=" + templates.copy(id);
        } catch (TemplateNotFoundException e) {
            Refusals.show(e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TemplateView getTemplate() {
        return template;
    }
}
