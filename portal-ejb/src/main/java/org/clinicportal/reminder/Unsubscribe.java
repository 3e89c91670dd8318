package org.clinicportal.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinicportal.tenancy.NamedClinic;

/**
 * What an email's unsubscribe link does, for anyone who has the link and without signing in: it stops that kind of
 * email to the one it was sent to. The link's random token is the only key; with another clinic's name, or a token
 * of another kind of recipient, it finds nothing.
 */
@Stateless
@PermitAll
public class Unsubscribe {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private NamedClinic clinics;

    /** Whether the link would stop something: it names an active clinic and a token of a recipient of the kind. */
    public boolean isValid(String clinic, String token, EmailKind kind) {
        return holder(clinic, token, kind, LockModeType.NONE).isPresent();
    }

    /**
     * Stops the kind of email the link came in; a second visit finds it stopped already and says so the same way.
     *
     * @return whether the link was valid
     */
    public boolean stop(String clinic, String token, EmailKind kind) {
        // Locked, so that a double click stops it once and both clicks are told so.
        Optional<Object> holder = holder(clinic, token, kind, LockModeType.PESSIMISTIC_WRITE);
        holder.ifPresent(found -> {
            if (found instanceof ReminderSchedule schedule) {
                schedule.stop(kind);
            } else {
                ((StaffEmailChoice) found).stop(kind);
            }
        });
        return holder.isPresent();
    }

    private Optional<Object> holder(String clinic, String token, EmailKind kind, LockModeType lock) {
        if (clinic == null
                || token == null
                || kind == null
                || clinics.enter(clinic).isEmpty()) {
            return Optional.empty();
        }
        Optional<Object> patients =
                kind.toPatients() ? holderBy("ReminderSchedule.byToken", token, lock) : Optional.empty();
        return patients.isPresent() || !kind.toStaff() ? patients : holderBy("StaffEmailChoice.byToken", token, lock);
    }

    @SuppressWarnings("unchecked")
    private Optional<Object> holderBy(String query, String token, LockModeType lock) {
        return entityManager
                .createNamedQuery(query)
                .setParameter("token", token)
                .setLockMode(lock)
                .getResultList()
                .stream()
                .findFirst();
    }
}
