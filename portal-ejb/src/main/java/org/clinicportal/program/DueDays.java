package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Writes how many exercises a new program version has due each day, a year ahead. Days already
 * past keep what the version before had due, so adherence stays judged by what was asked then.
 */
final class DueDays {

    private DueDays() {}

    static void plan(EntityManager entityManager, long patientId, ProgramVersion version, LocalDate today) {
        LocalDate from = version.start().isAfter(today) ? version.start() : today;
        entityManager
                .createNamedQuery("DueDay.forgetFrom")
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .executeUpdate();
        for (LocalDate day = from; day.isBefore(from.plusDays(DueDay.HORIZON_DAYS)); day = day.plusDays(1)) {
            int due = version.dueOn(day).size();
            if (due > 0) {
                entityManager.persist(new DueDay(patientId, day, due));
            }
        }
    }
}
