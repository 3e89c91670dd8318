package org.clinicportal.reminder;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicportal.language.Language;
import org.clinicportal.progress.OutcomeSchedule;
import org.eclipse.persistence.config.QueryHints;

/**
 * Finds, in one clinic's transaction, the emails due at a moment of the clinic's day and not claimed yet: three
 * queries for the whole clinic, whatever its size. Row-level security keeps every query to the clinic.
 */
final class DueEmails {

    private static final String EXERCISES = """
            select p.id, p.email, p.portal_account, r.language, r.unsubscribe_token
            from reminder_schedule r
            join patient p on p.id = r.patient_id
            join due_day d on d.patient_id = r.patient_id and d.day = ?1 and d.exercises_due > 0
            where (r.weekdays & ?2) <> 0 and r.send_at between ?3 and ?4
              and p.status = 'ACTIVE' and p.email is not null and p.portal_account is not null
              and not exists (select 1 from session_log s where s.patient_id = r.patient_id and s.log_day = ?1)
              and not exists (select 1 from referral_alert a
                              where a.patient_id = r.patient_id and a.acknowledged_at is null)
              and not exists (select 1 from email_sent e
                              where e.kind = 'EXERCISES' and e.recipient = r.patient_id::text and e.for_day = ?1)
            """;

    private static final String QUESTIONNAIRES = """
            select p.id, p.email, p.portal_account, r.language, r.unsubscribe_token, g.outcome_every_weeks,
                   (select max(m.taken_on) from outcome_measure m where m.patient_id = r.patient_id),
                   (select max(e.for_day) from email_sent e
                    where e.kind = 'QUESTIONNAIRE' and e.recipient = r.patient_id::text)
            from reminder_schedule r
            join patient p on p.id = r.patient_id
            join program g on g.patient_id = r.patient_id and g.outcome_every_weeks is not null
            where r.questionnaires and r.send_at between ?1 and ?2
              and p.status = 'ACTIVE' and p.email is not null and p.portal_account is not null
            """;

    private static final String DIGESTS = """
            select s.username, s.email, u.language, count(*)
            from staff_member s
            join patient p on p.assigned_therapist = s.username and p.status = 'ACTIVE'
            join (select patient_id, raised_at from progress_alert where acknowledged_at is null
                  union all
                  select patient_id, raised_at from referral_alert where acknowledged_at is null) a
              on a.patient_id = p.id
            left join staff_email_choice c on c.username = s.username
            left join user_preference u on u.username = s.username
            where s.role = 'THERAPIST' and s.enabled and s.email is not null
              and (c.username is null or c.alert_digest)
              and a.raised_at >= ?1 and a.raised_at < ?2
              and not exists (select 1 from email_sent e
                              where e.kind = 'ALERT_DIGEST' and e.recipient = s.username and e.for_day = ?3)
            group by s.username, s.email, u.language
            """;

    private final EntityManager entityManager;
    private final LocalDateTime now;
    private final ZoneId zone;

    /** @param now the moment in the clinic's time zone */
    DueEmails(EntityManager entityManager, ZonedDateTime now) {
        this.entityManager = entityManager;
        this.now = now.toLocalDateTime();
        this.zone = now.getZone();
    }

    List<DueEmail> all() {
        List<DueEmail> due = new ArrayList<>(exercises());
        due.addAll(questionnaires());
        due.addAll(digests());
        return due;
    }

    /** Patients reminded today at about now, with exercises due today that they have not logged. */
    List<PatientReminder> exercises() {
        LocalDate today = now.toLocalDate();
        List<PatientReminder> due = new ArrayList<>();
        for (Object[] row : rows(
                EXERCISES,
                Date.valueOf(today),
                Weekdays.bit(today.getDayOfWeek()),
                Time.valueOf(ReminderSchedule.earliestDueAt(now.toLocalTime())),
                Time.valueOf(now.toLocalTime()))) {
            due.add(reminder(EmailKind.EXERCISES, row, today));
        }
        return due;
    }

    /**
     * Patients reminded at about now whose questionnaire the therapist's schedule asks for by today, and who have
     * not been emailed about it since they last answered it: one email for each time it falls due.
     */
    List<PatientReminder> questionnaires() {
        LocalDate today = now.toLocalDate();
        List<PatientReminder> due = new ArrayList<>();
        for (Object[] row : rows(
                QUESTIONNAIRES,
                Time.valueOf(ReminderSchedule.earliestDueAt(now.toLocalTime())),
                Time.valueOf(now.toLocalTime()))) {
            Optional<LocalDate> lastTaken = day(row[6]);
            Optional<LocalDate> lastEmailed = day(row[7]);
            boolean isDue = OutcomeSchedule.nextDue(Optional.of(((Number) row[5]).intValue()), lastTaken, today)
                    .filter(day -> !day.isAfter(today))
                    .isPresent();
            boolean emailedSince = lastEmailed.isPresent()
                    && (lastTaken.isEmpty() || lastEmailed.get().isAfter(lastTaken.get()));
            if (isDue && !emailedSince) {
                due.add(reminder(EmailKind.QUESTIONNAIRE, row, today));
            }
        }
        return due;
    }

    /**
     * At the digest time, each therapist with alerts raised in the day before it that are still open: the
     * day runs from the digest time yesterday to today's, in the clinic's zone.
     */
    List<AlertDigest> digests() {
        if (!ReminderSchedule.isTimeFor(StaffEmailChoice.DIGEST_AT, now.toLocalTime())) {
            return List.of();
        }
        LocalDate today = now.toLocalDate();
        ZonedDateTime until = today.atTime(StaffEmailChoice.DIGEST_AT).atZone(zone);
        List<AlertDigest> due = new ArrayList<>();
        for (Object[] row :
                rows(DIGESTS, until.minusDays(1).toOffsetDateTime(), until.toOffsetDateTime(), Date.valueOf(today))) {
            due.add(new AlertDigest(
                    (String) row[0], (String) row[1], language(row[2]), ((Number) row[3]).longValue(), today));
        }
        return due;
    }

    private static PatientReminder reminder(EmailKind kind, Object[] row, LocalDate today) {
        return new PatientReminder(
                kind,
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                language(row[3]),
                (String) row[4],
                today);
    }

    private static Language language(Object stored) {
        return stored == null ? Language.ENGLISH : Language.valueOf((String) stored);
    }

    private static Optional<LocalDate> day(Object stored) {
        return Optional.ofNullable((Date) stored).map(Date::toLocalDate);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
