package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Saving the day's session log from either page that writes it, the form or the guided session. */
final class SessionSaving {

    private SessionSaving() {}

    /**
     * Saves the log and goes home saying whether it was saved or corrected; a refusal stays on the page beside what
     * was entered.
     *
     * @return the patient's home, or null to stay
     */
    static String save(ProgressLog log, SessionForm form) {
        try {
            log.logSession(form);
            Messages.addFlashGlobalInfo(
                    Faces.getBundleString(form.isCorrection() ? "log.session.corrected" : "log.session.saved"));
            return "/patient/index?faces-redirect=true";
        } catch (ProgressRefusedException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }
}
