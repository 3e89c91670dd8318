package org.clinicportal.staff;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** The change would lock the clinic or its admin out; its key says why. */
public class StaffRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public StaffRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
