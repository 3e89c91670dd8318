package org.clinicportal.language;

import java.util.Locale;
import java.util.Optional;

/** A language the portal speaks, each with every word of its screens, emails and handouts. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of this locale, if the portal speaks it: de-AT is German, fr is none. */
    public static Optional<Language> of(Locale wanted) {
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(wanted.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
