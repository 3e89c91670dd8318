package org.clinicportal.tenancy;

/**
 * Nothing with that id within the caller's reach: the same answer whether it does not exist or belongs to another
 * clinic or patient, so that an id tells no one what others hold. Each feature names its own kind; the pages answer
 * every kind with 404, in one place ({@code org.clinicportal.web.NotFoundPages}).
 */
public abstract class NotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String message) {
        super(message);
    }
}
