package org.clinicportal.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's words in one reader's language, from any of its bundles: a language the portal has no words for gets
 * the base bundle (English), never the server's own language.
 */
public final class Wording {

    private Wording() {}

    public static ResourceBundle bundle(String name, Locale reader) {
        return ResourceBundle.getBundle(
                name, reader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The key's words with the values put in, numbers and days written the reader's way. */
    public static String format(String bundle, Locale reader, String key, Object... values) {
        return new MessageFormat(bundle(bundle, reader).getString(key), reader).format(values);
    }
}
