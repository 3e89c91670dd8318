package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import java.text.MessageFormat;
import org.clinicportal.message.Refusal;
import org.omnifaces.util.Faces;

/** Says what a service refused, in the reader's language: the refusal's key from the bundle, with its values. */
public final class Refusals {

    private Refusals() {}

    /** The refusal's text, formatted for the view's locale. */
    public static String text(Refusal refusal) {
        return new MessageFormat(Faces.getBundleString(refusal.key()), Faces.getLocale())
                .format(refusal.arguments().toArray());
    }

    /** Shows the refusal as a page message. */
    public static void show(Refusal refusal) {
        String text = text(refusal);
        Faces.getContext().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
