package org.clinicportal.mail;

import org.clinicportal.language.Language;
import org.clinicportal.language.Wording;

/** The words of the portal's own emails, in the recipient's language. */
public final class MailText {

    private static final String BUNDLE = "org.clinicportal.mail.mail";

    private MailText() {}

    public static String of(Language language, String key, Object... arguments) {
        return Wording.format(BUNDLE, language.locale(), key, arguments);
    }
}
