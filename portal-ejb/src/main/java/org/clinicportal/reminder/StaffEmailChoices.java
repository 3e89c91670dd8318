package org.clinicportal.reminder;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/** A staff member's choice of emails in the caller's clinic, made with every email on the first time it is needed. */
final class StaffEmailChoices {

    private StaffEmailChoices() {}

    static StaffEmailChoice of(EntityManager entityManager, String username) {
        // Made by a plain insert that yields to a row another node made meanwhile, rather than failing on it.
        entityManager
                .createNativeQuery("insert into staff_email_choice (clinic_id, username, alert_digest, red_flag_notice,"
                        + " unsubscribe_token) values (current_setting('app.clinic_id'), ?1, true, true, ?2)"
                        + " on conflict do nothing")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, username)
                .setParameter(2, UUID.randomUUID().toString())
                .executeUpdate();
        return entityManager.find(StaffEmailChoice.class, username);
    }
}
