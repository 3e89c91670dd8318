package org.clinicportal.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clinicportal.language.Language;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * When a patient wants to be reminded by email: on which weekdays, at what time of their clinic's day, and whether
 * also when their questionnaire is due. Each reminder email carries the schedule's token, which stops it.
 */
@Entity
@Table(name = "reminder_schedule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = Tenancy.COLUMN,
        contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 40,
        primaryKey = true)
@NamedQuery(
        name = "ReminderSchedule.byToken",
        query = "select r from ReminderSchedule r where r.unsubscribeToken = :token")
public class ReminderSchedule {

    /**
     * How late after its time a reminder still goes out, as when the mail server was down then; later in the day
     * it would only confuse. The same day only: a reminder never goes out after midnight.
     */
    public static final Duration LATE_BY_AT_MOST = Duration.ofHours(3);

    @Id
    @Column(name = "patient_id")
    private long patientId;

    @Embedded
    private Weekdays weekdays;

    @Column(name = "send_at", nullable = false)
    private LocalTime sendAt;

    @Column(name = "questionnaires", nullable = false)
    private boolean questionnaires;

    @Column(name = "message_notices", nullable = false)
    private boolean messageNotices;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 10)
    private Language language;

    @Column(name = "unsubscribe_token", nullable = false, updatable = false)
    private String unsubscribeToken;

    @Version
    @Column(name = "version")
    private long version;

    protected ReminderSchedule() {}

    /** A patient's first schedule, which reminds of nothing until they choose; a new message is told, though. */
    public ReminderSchedule(long patientId, Language language) {
        this.patientId = patientId;
        this.weekdays = Weekdays.none();
        this.sendAt = LocalTime.of(8, 0);
        this.language = Objects.requireNonNull(language, "language");
        this.messageNotices = true;
        this.unsubscribeToken = UUID.randomUUID().toString();
    }

    /**
     * Reminds on these weekdays at this time, to the minute, in this language.
     *
     * @throws IllegalArgumentException for a time with seconds: nothing is rounded
     */
    public void remindOn(Weekdays days, LocalTime at, boolean questionnaires, Language language) {
        if (at.getSecond() != 0 || at.getNano() != 0) {
            throw new IllegalArgumentException("A reminder's time is to the minute: " + at);
        }
        this.weekdays = Objects.requireNonNull(days, "days");
        this.sendAt = at;
        this.questionnaires = questionnaires;
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Stops one kind of email, as its link asks; the others stay as they were. */
    public void stop(EmailKind kind) {
        switch (kind) {
            case EXERCISES -> weekdays = Weekdays.none();
            case QUESTIONNAIRE -> questionnaires = false;
            case MESSAGES -> messageNotices = false;
            default -> throw new IllegalArgumentException(kind + " is not a patient's email");
        }
    }

    /** Whether it is time to send what is set for this time: at it or up to {@link #LATE_BY_AT_MOST} after. */
    public static boolean isTimeFor(LocalTime sendAt, LocalTime now) {
        return !sendAt.isBefore(earliestDueAt(now)) && !sendAt.isAfter(now);
    }

    /**
     * The earliest time set for which it is still time to send now; earlier the same day is too late. To the second,
     * as the database compares times.
     */
    public static LocalTime earliestDueAt(LocalTime now) {
        return now.toSecondOfDay() < LATE_BY_AT_MOST.toSeconds()
                ? LocalTime.MIDNIGHT
                : now.truncatedTo(ChronoUnit.SECONDS).minus(LATE_BY_AT_MOST).plusSeconds(1);
    }

    public long patientId() {
        return patientId;
    }

    public Weekdays weekdays() {
        return weekdays;
    }

    /** The time, once the patient has chosen any reminder. */
    public Optional<LocalTime> sendAt() {
        return remindsOfAnything() ? Optional.of(sendAt) : Optional.empty();
    }

    public boolean questionnaires() {
        return questionnaires;
    }

    /** Whether the patient is told by email of a new message from the clinic. */
    public boolean messageNotices() {
        return messageNotices;
    }

    public boolean remindsOfAnything() {
        return !weekdays.isEmpty() || questionnaires;
    }

    public Language language() {
        return language;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }
}
