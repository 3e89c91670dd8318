package org.clinicportal.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's clinic as the current request read it. A page calls several services, each in its own
 * transaction; the first reads the clinic from the database (in its transaction, so a deactivation made on
 * another node shows from the next request on) and the rest take it from here: its name, time zone, units and
 * whether it is active. Read-only: a change of the clinic goes through the entity manager, after {@link #forget}.
 */
@RequestScoped
public class ClinicOfRequest {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    private final Map<String, Clinic> read = new HashMap<>();

    public Optional<Clinic> find(String slug) {
        return Optional.ofNullable(read.computeIfAbsent(slug, key -> entityManager.find(Clinic.class, key)));
    }

    /** Reads the clinic again at its next use: the request is changing it. */
    public void forget(String slug) {
        read.remove(slug);
    }
}
