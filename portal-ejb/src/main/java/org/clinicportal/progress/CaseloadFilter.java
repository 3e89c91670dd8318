package org.clinicportal.progress;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Optional;
import org.clinicportal.input.PlainText;

/**
 * Which of the clinic's active patients the caseload shows: the caller's own (the default) or
 * everyone's, optionally only those with open alerts, and whose name starts with some text.
 */
public class CaseloadFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean everyone;
    private boolean alertsOnly;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String name;

    /** The start of a name to narrow to, if any. */
    Optional<String> namePrefix() {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    public boolean isEveryone() {
        return everyone;
    }

    public void setEveryone(boolean everyone) {
        this.everyone = everyone;
    }

    public boolean isAlertsOnly() {
        return alertsOnly;
    }

    public void setAlertsOnly(boolean alertsOnly) {
        this.alertsOnly = alertsOnly;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
