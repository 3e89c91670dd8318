package org.clinicportal.progress;

import java.util.Objects;

/**
 * A rule that fired: its kind and the facts behind it in numbers and names only (for example
 * "+40 %" or "3 → 5 → 6"), so that the screens can word it in their language and unit.
 */
public record Alarm(AlertKind kind, String detail) {

    public Alarm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
