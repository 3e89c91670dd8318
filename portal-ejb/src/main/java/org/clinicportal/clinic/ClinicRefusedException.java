package org.clinicportal.clinic;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** The clinic cannot be created as asked; its key says why. */
public class ClinicRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ClinicRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
