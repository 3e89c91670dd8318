package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import org.clinicportal.message.Refusal;
import org.omnifaces.util.Faces;

/** Says what a service refused, in the reader's language. */
public final class Refusals {

    private Refusals() {}

    /** The refusal's text, formatted for the view's locale. */
    public static String text(Refusal refusal) {
        return refusal.text(Faces.getLocale());
    }

    /** Shows the refusal as a page message. */
    public static void show(Refusal refusal) {
        String text = text(refusal);
        Faces.getContext().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
