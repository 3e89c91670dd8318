package org.clinicportal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** How the exception handlers answer with an error status: what the page had begun is dropped, the status page shown. */
final class ErrorStatus {

    private ErrorStatus() {}

    static void send(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        if (!context.getResponseComplete() && !external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.responseComplete();
    }
}
