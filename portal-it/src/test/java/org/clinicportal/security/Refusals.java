package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.concurrent.Callable;

/** How service tests state that a call was refused: for lack of a role, or for invalid input. */
public final class Refusals {

    /** Calls work as some kind of user (a role helper, or nobody). */
    @FunctionalInterface
    public interface Caller {
        Object call(Callable<Object> work) throws Exception;
    }

    /** A service call that may throw what a service throws. */
    @FunctionalInterface
    public interface ServiceCall {
        Object run() throws Exception;
    }

    private Refusals() {}

    /** The container refused the call: the caller lacks the role. */
    public static void assertRefused(ServiceCall call) {
        Exception refused = assertThrows(Exception.class, call::run);
        assertTrue(
                refused instanceof EJBAccessException || refused.getCause() instanceof EJBAccessException,
                () -> "expected an access refusal, got " + refused);
    }

    /** Bean Validation refused the call's arguments at the service. */
    public static void assertInvalid(ServiceCall call) {
        EJBException refused = assertThrows(EJBException.class, call::run);
        Throwable cause = refused;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(
                ConstraintViolationException.class, cause, () -> "expected a validation refusal, got " + refused);
        assertFalse(
                ((ConstraintViolationException) cause).getConstraintViolations().isEmpty());
    }
}
