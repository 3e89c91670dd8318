package org.clinicportal.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person's given and family name, trimmed and never blank. */
@Embeddable
public class PersonName {

    public static final int MAX_LENGTH = 80;

    @Column(name = "given_name", nullable = false, length = MAX_LENGTH)
    private String given;

    @Column(name = "family_name", nullable = false, length = MAX_LENGTH)
    private String family;

    protected PersonName() {}

    public PersonName(String given, String family) {
        this.given = require(given, "given name");
        this.family = require(family, "family name");
    }

    private static String require(String part, String what) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        String trimmed = part.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A " + what + " has at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    public String given() {
        return given;
    }

    public String family() {
        return family;
    }

    /** "Family, Given", the order a clinic's lists sort by. */
    public String sortable() {
        return family + ", " + given;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && given.equals(that.given) && family.equals(that.family);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, family);
    }

    @Override
    public String toString() {
        return given + " " + family;
    }
}
