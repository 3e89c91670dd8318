package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The patient fills in the outcome questionnaire (LEFS, pain now, HOOS-12 if picked) when their therapist asks for it. */
@Named
@ViewScoped
public class TakeQuestionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressLog log;

    private MeasureForm form;

    public void load() {
        if (form == null) {
            form = log.newQuestionnaire();
        }
    }

    public String save() {
        try {
            log.recordMeasure(form);
            Messages.addFlashGlobalInfo(Faces.getBundleString("measure.saved"));
            return "/patient/progress?faces-redirect=true";
        } catch (ProgressRefusedException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    public MeasureForm getForm() {
        return form;
    }
}
