package org.clinicportal.mail;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.clinicportal.language.Language;

/** The words of the portal's own emails, in the recipient's language. */
public final class MailText {

    private static final String BUNDLE = "org.clinicportal.mail.mail";

    private MailText() {}

    public static String of(Language language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
