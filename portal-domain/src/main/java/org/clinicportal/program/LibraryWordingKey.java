package org.clinicportal.program;

import java.io.Serializable;
import java.util.Objects;

/** The identity of a shared library entry's wording: the entry (an exercise or a template) and the language. */
public class LibraryWordingKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long entry;
    private String language;

    public LibraryWordingKey() {}

    public LibraryWordingKey(long entry, String language) {
        this.entry = entry;
        this.language = language;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibraryWordingKey that
                && Objects.equals(entry, that.entry)
                && Objects.equals(language, that.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, language);
    }
}
