package org.clinicportal.program;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** The change is not allowed now; its key says why and what to do. */
public class ProgramRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ProgramRefusedException(String key, Serializable... arguments) {
        super(key, arguments);
    }
}
