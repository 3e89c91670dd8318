package org.clinicportal.reminder;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** A reminder the portal cannot keep, e.g. for a patient without an email address. */
public class ReminderRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ReminderRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
