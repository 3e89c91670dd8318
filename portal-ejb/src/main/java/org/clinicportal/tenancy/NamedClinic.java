package org.clinicportal.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Scopes a transaction to a clinic that no signed-in caller names: a run of the reminder clock, which works through
 * the clinics one by one, and a visit by an email's unsubscribe link. What {@link ClinicScope} does for a caller,
 * this does for a clinic named by such work; every read and write after it is the clinic's only, in EclipseLink and
 * in PostgreSQL's row-level security alike.
 */
@Dependent
public class NamedClinic {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /**
     * Scopes the current transaction to the clinic, before anything of the clinic is read in it.
     *
     * @return the clinic, when it exists and is active: a paused clinic's work waits
     */
    public Optional<Clinic> enter(String slug) {
        entityManager.setProperty(Tenancy.CONTEXT_PROPERTY, slug);
        // The setting follows the property whenever a connection is taken; it is set here as well in case the
        // transaction took its connection before.
        entityManager
                .createNativeQuery("select set_config('app.clinic_id', ?1, true)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, slug)
                .getSingleResult();
        return Optional.ofNullable(entityManager.find(Clinic.class, slug)).filter(Clinic::isActive);
    }
}
