package org.clinicportal.progress;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** The report cannot be taken as it is; its key says why. */
public class ProgressRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ProgressRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
