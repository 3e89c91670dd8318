package org.clinicportal.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.clinicportal.security.KeptEntries;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Puts what the user had typed back into the page's fields once they are on it again (see {@link KeptEntries}),
 * and tells them that nothing was saved yet. Registered for the view's
 * pre-render event, when the components exist and before they render their values.
 */
public class KeptEntriesRestorer implements SystemEventListener {

    /** PrimeFaces posts some fields under the component's id with this suffix. */
    private static final String INPUT_SUFFIX = "_input";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return;
        }
        KeptEntries.takeFor(request.getSession(false), request.getServletPath()).ifPresent(kept -> {
            for (Map.Entry<String, String> field : kept.values().entrySet()) {
                if (!fill(context, field.getKey(), field.getValue())
                        && field.getKey().endsWith(INPUT_SUFFIX)) {
                    fill(
                            context,
                            field.getKey().substring(0, field.getKey().length() - INPUT_SUFFIX.length()),
                            field.getValue());
                }
            }
            Messages.addGlobalWarn(Faces.getBundleString(
                    kept.reason() == KeptEntries.Reason.SIGNED_OUT
                            ? "session.entriesKept"
                            : "error.database.entriesKept"));
        });
    }

    private static boolean fill(FacesContext context, String clientId, String value) {
        return context.getViewRoot().invokeOnComponent(context, clientId, (ignored, component) -> {
            if (component instanceof EditableValueHolder input) {
                input.setSubmittedValue(value);
            }
        });
    }
}
