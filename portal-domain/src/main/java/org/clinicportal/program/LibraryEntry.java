package org.clinicportal.program;

import java.util.Optional;

/**
 * An entry of a library every clinic reads from: shared with all clinics, or owned by one. Exercises and program
 * templates alike; the one place that says who may read and who may change an entry.
 */
public interface LibraryEntry {

    /** The clinic that owns the entry; empty for an entry shared with every clinic. */
    Optional<String> owner();

    default boolean isShared() {
        return owner().isEmpty();
    }

    /** Whether a clinic may change it: only its own entries. */
    default boolean isOwnedBy(String clinic) {
        return owner().filter(clinic::equals).isPresent();
    }

    /** Whether a clinic may read it: the shared entries and its own. */
    default boolean isVisibleTo(String clinic) {
        return isShared() || isOwnedBy(clinic);
    }
}
