package org.clinicportal.tenancy;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/**
 * Nothing with that id within the caller's reach: the same answer whether it does not exist or belongs to another
 * clinic or patient, so that an id tells no one what others hold. Each feature names its own kind; the pages answer
 * every kind with 404, in one place ({@code org.clinicportal.web.NotFoundPages}).
 */
public abstract class NotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String key, Serializable id) {
        super(key, id);
    }
}
