package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import java.util.function.LongFunction;
import org.clinicportal.tenancy.NotFoundException;

/**
 * One clinic's view of a library: it reads the shared entries and its own, and changes only its own. Anything else
 * is not found, exactly as an id that does not exist.
 */
record Library<T extends LibraryEntry, E extends NotFoundException>(
        EntityManager entityManager, Class<T> type, String clinic, LongFunction<E> notFound) {

    T readable(long id) throws E {
        T entry = entityManager.find(type, id);
        if (entry == null || !entry.isVisibleTo(clinic)) {
            throw notFound.apply(id);
        }
        return entry;
    }

    T changeable(long id) throws E {
        T entry = readable(id);
        if (!entry.isOwnedBy(clinic)) {
            throw notFound.apply(id);
        }
        return entry;
    }
}
