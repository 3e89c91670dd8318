package org.clinicportal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page address whose parameter cannot be read ({@code ?id=abc}, {@code ?day=2026-02-30}) names no
 * page: 404, as for an id that finds nothing. On a GET only the view parameters are validated, so a
 * failed validation there can only be theirs; without this the page would render with nothing loaded.
 */
public class PageParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
