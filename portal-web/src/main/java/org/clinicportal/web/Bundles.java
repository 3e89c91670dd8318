package org.clinicportal.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's words outside a page (the PDF handout, the CSV export): the same bundle the pages read. */
public final class Bundles {

    private static final String MESSAGES = "org.clinicportal.web.messages";

    private Bundles() {}

    /** The words in this language; a language the portal has no words for gets English, never the server's own. */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(
                MESSAGES,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
