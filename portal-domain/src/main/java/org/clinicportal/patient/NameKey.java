package org.clinicportal.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A patient's name as the clinic's lists search and sort it: each part lower-cased by the database itself
 * (generated columns, whoever writes the name), compared by code point (collation "C"). Under row-level
 * security PostgreSQL uses an index only for leakproof operators on a row's columns, which plain comparisons of
 * these columns are and {@code lower(name)} and {@code LIKE} are not: a search for names starting with some text
 * is the range from {@code lower(text)} up to {@link #endOfPrefix}, never a function of the stored name.
 */
@Embeddable
public class NameKey {

    /** Above every character: a prefix's range ends just before the prefix followed by it. */
    private static final String AFTER_EVERY_CHARACTER = Character.toString(Character.MAX_CODE_POINT);

    @Column(name = "given_key", insertable = false, updatable = false)
    private String given;

    @Column(name = "family_key", insertable = false, updatable = false)
    private String family;

    protected NameKey() {}

    /** The start of a name as typed into a search, before the database lower-cases it. */
    public static String prefix(String typed) {
        return typed.strip();
    }

    /** Where the keys starting with {@code prefix} end, once lower-cased alike: the range is [prefix, this). */
    public static String endOfPrefix(String typed) {
        return prefix(typed) + AFTER_EVERY_CHARACTER;
    }

    public String given() {
        return given;
    }

    public String family() {
        return family;
    }
}
