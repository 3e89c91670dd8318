package org.clinicportal.intake;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** The intake cannot do that in its present state; its key says why and what to do. */
public class IntakeRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public IntakeRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
