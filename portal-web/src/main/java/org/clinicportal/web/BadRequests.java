package org.clinicportal.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Requests that no page of the portal could have sent, answered as what they are: 400 and a page that
 * says to open the page again, with one line in the log. A view that cannot be restored (expired, or
 * a made-up state), a value the components cannot read while decoding (a number that is none, a tab
 * index that is no tab) and a postback without its page's CSP nonce all land here. They are the
 * client's doing, so they never become a 500 or a stack trace; everything else goes on to OmniFaces'
 * handler, which also keeps showing an expired ajax request the expired page.
 */
public class BadRequests extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(BadRequests.class.getName());

    BadRequests(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Throwable refused = null;
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            ExceptionQueuedEventContext event = events.next().getContext();
            if (isBadRequest(context, event)) {
                events.remove();
                refused = refused == null ? event.getException() : refused;
            }
        }
        if (refused != null) {
            refuse(context, refused);
        }
        super.handle();
    }

    /**
     * The client's doing: a missing or foreign CSP nonce, a view that cannot be restored (not on ajax, where
     * OmniFaces shows the expired page), or a postback value the components cannot decode. An exception while
     * a GET builds its page is the portal's own fault and goes on to the 500 page.
     */
    private static boolean isBadRequest(FacesContext context, ExceptionQueuedEventContext event) {
        Throwable exception = event.getException();
        if (Causes.includes(exception, CspException.class)) {
            return true;
        }
        if (Causes.includes(exception, ViewExpiredException.class)) {
            return !context.getPartialViewContext().isAjaxRequest();
        }
        return event.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES && context.isPostback();
    }

    private static void refuse(FacesContext context, Throwable exception) {
        ExternalContext external = context.getExternalContext();
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String method = external.getRequest() instanceof HttpServletRequest request ? request.getMethod() : "";
        LOG.info(String.format(
                "Refused a request no page could have sent: %s %s (%s: %s)",
                method, external.getRequestServletPath(), root.getClass().getSimpleName(), root.getMessage()));
        ErrorStatus.send(context, HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Puts {@link BadRequests} in front of the handlers configured before it. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BadRequests(getWrapped().getExceptionHandler());
        }
    }
}
