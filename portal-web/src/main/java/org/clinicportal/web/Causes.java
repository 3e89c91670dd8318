package org.clinicportal.web;

import jakarta.ejb.EJBException;
import java.util.Optional;
import java.util.function.Predicate;

/** The exceptions behind an exception, through EJB wrappers too: where the pages' handlers look for what went wrong. */
final class Causes {

    private Causes() {}

    /** The first exception in the chain of the given type that passes the test. */
    static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type, Predicate<? super T> test) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (type.isInstance(cause) && test.test(type.cast(cause))) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    static boolean includes(Throwable exception, Class<? extends Throwable> type) {
        return find(exception, type, cause -> true).isPresent();
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException()
                : cause.getCause();
        return next == cause ? null : next;
    }
}
