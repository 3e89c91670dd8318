package org.clinicportal.web;

import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicportal.language.Wording;

/** The portal's words outside a page (the PDF handout, the CSV export): the same bundle the pages read. */
public final class Bundles {

    private static final String MESSAGES = "org.clinicportal.web.messages";

    private Bundles() {}

    /** The words in this language; a language the portal has no words for gets English, never the server's own. */
    public static ResourceBundle messages(Locale locale) {
        return Wording.bundle(MESSAGES, locale);
    }

    /** The key's words with the values put in, numbers written the reader's way. */
    public static String format(Locale locale, String key, Object... values) {
        return Wording.format(MESSAGES, locale, key, values);
    }
}
