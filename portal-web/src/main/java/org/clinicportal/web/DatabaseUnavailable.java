package org.clinicportal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.clinicportal.security.KeptEntries;

/**
 * PostgreSQL not answering (restarted, failed over, the network between) is an outage, not a fault of the
 * page: the user gets the portal's "try again in a moment" page (503) with one log line. What a form post had
 * typed is kept ({@link KeptEntries}): the page offers the way back to the form, which shows it again with a
 * note that nothing was saved. A service's transaction rolls back with the failure, so nothing half-done stays.
 */
public class DatabaseUnavailable extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    /** Read by the 503 page to say which service is missing. */
    static final String ATTRIBUTE = DatabaseUnavailable.class.getName();

    /** Read by the 503 page: the form whose typed fields are kept, to go back to. */
    static final String KEPT_PAGE = ATTRIBUTE + ".keptPage";

    DatabaseUnavailable(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Outage outage = null;
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            ExceptionQueuedEvent event = events.next();
            Outage cause = connectionFailure(event.getContext().getException());
            if (cause != null) {
                events.remove();
                outage = outage == null ? cause : outage;
            }
        }
        if (outage != null) {
            unavailable(context);
        }
        if (outage != null) {
            log(outage, context.getExternalContext().getRequestServletPath());
        }
        super.handle();
    }

    static void log(Outage outage, String path) {
        LOG.warning(String.format("PostgreSQL does not answer (%s %s): %s", outage.state(), path, outage.message()));
    }

    /** The 503 page; an ajax postback is sent to its form's page instead, which gets the 503 page while the outage lasts. */
    private static void unavailable(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!context.getResponseComplete()
                && !external.isResponseCommitted()
                && external.getRequest() instanceof HttpServletRequest request) {
            try {
                if (KeptEntries.isPostback(request)) {
                    String page = KeptEntries.keep(request, KeptEntries.Reason.DATABASE_DOWN);
                    if (context.getPartialViewContext().isAjaxRequest()) {
                        external.redirect(external.getRequestContextPath() + page);
                        context.responseComplete();
                        return;
                    }
                }
                external.responseReset();
                sendUnavailable(request, (HttpServletResponse) external.getResponse());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.responseComplete();
    }

    /** The 503 page, with the way back to a form whose fields are kept. */
    static void sendUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        KeptEntries.pending(request.getSession(false)).ifPresent(page -> request.setAttribute(KEPT_PAGE, page));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** What failed: PostgreSQL's SQL state, or how the transaction failed, and the message. */
    record Outage(String state, String message) {}

    /**
     * The failure to reach the database behind an exception, if that is what it is: SQL state class 08
     * (connection exception) or 57P (the server shut down or is starting), the pool's "could not allocate", or the
     * transaction manager's failure to commit or roll back on PostgreSQL's connection (an XAException: PostgreSQL is
     * the only resource the transactions enlist).
     */
    static Outage connectionFailure(Throwable exception) {
        Optional<Outage> lost = Causes.find(exception, SQLException.class, sql -> {
                    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                    String message = sql.getMessage() == null ? "" : sql.getMessage();
                    return state.startsWith("08")
                            || state.startsWith("57P")
                            || message.startsWith("Error in allocating a connection");
                })
                .map(sql -> new Outage(sql.getSQLState(), sql.getMessage()));
        return lost.or(() -> Causes.find(exception, XAException.class, xa -> true)
                        .map(xa -> new Outage("transaction not completed", xa.getMessage())))
                .orElse(null);
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseUnavailable(getWrapped().getExceptionHandler());
        }
    }
}
