package org.clinicportal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.clinicportal.tenancy.NotFoundException;

/**
 * A page opened for a record the caller cannot reach (none with that id, or another clinic's or patient's) is
 * 404, the same for both, decided here once: a page's {@code load} lets the service's {@link NotFoundException}
 * go. An ajax request gets OmniFaces' error page instead, as a 404 status would not reach the page.
 */
public class NotFoundPages extends ExceptionHandlerWrapper {

    NotFoundPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest()) {
            boolean notFound = false;
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                if (Causes.includes(events.next().getContext().getException(), NotFoundException.class)) {
                    events.remove();
                    notFound = true;
                }
            }
            if (notFound) {
                ErrorStatus.send(context, HttpServletResponse.SC_NOT_FOUND);
            }
        }
        super.handle();
    }

    /** Puts {@link NotFoundPages} in front of the handlers configured before it. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundPages(getWrapped().getExceptionHandler());
        }
    }
}
