package org.clinicportal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * A postback must carry the CSP nonce its page was rendered with. PrimeFaces checks it only when it
 * writes the answer's first script, after the postback has been acted on and half the page is out;
 * asking for it right after the view is restored refuses such a request before it changes anything
 * (see {@link BadRequests}).
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() && context.getViewRoot() != null) {
            PrimeFacesContext.getCspState(context).getNonce();
        }
    }
}
