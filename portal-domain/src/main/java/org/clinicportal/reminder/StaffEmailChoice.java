package org.clinicportal.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Which of the portal's emails a staff member gets: all of them until they stop one by its link or in their settings,
 * where they can start it again. Made, with the token for that link, when the first email to them goes out or they
 * first save their settings.
 */
@Entity
@Table(name = "staff_email_choice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = Tenancy.COLUMN,
        contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 40,
        primaryKey = true)
@NamedQuery(
        name = "StaffEmailChoice.byToken",
        query = "select c from StaffEmailChoice c where c.unsubscribeToken = :token")
public class StaffEmailChoice {

    /** When the daily digest of new alerts goes out, in the clinic's time: before the first appointments. */
    public static final LocalTime DIGEST_AT = LocalTime.of(7, 0);

    @Id
    @Column(name = "username", length = 80)
    private String username;

    @Column(name = "alert_digest", nullable = false)
    private boolean alertDigest;

    @Column(name = "red_flag_notice", nullable = false)
    private boolean redFlagNotice;

    @Column(name = "message_notices", nullable = false)
    private boolean messageNotices;

    @Column(name = "unsubscribe_token", nullable = false, updatable = false)
    private String unsubscribeToken;

    @Version
    @Column(name = "version")
    private long version;

    protected StaffEmailChoice() {}

    public StaffEmailChoice(String username) {
        this.username = Objects.requireNonNull(username, "username");
        this.alertDigest = true;
        this.redFlagNotice = true;
        this.messageNotices = true;
        this.unsubscribeToken = UUID.randomUUID().toString();
    }

    /** Stops one kind of email, as its link asks; the others stay as they were. */
    public void stop(EmailKind kind) {
        choose(kind, false);
    }

    /** Starts or stops one kind of email, as the staff member's settings say. */
    public void choose(EmailKind kind, boolean wanted) {
        switch (kind) {
            case ALERT_DIGEST -> alertDigest = wanted;
            case RED_FLAG -> redFlagNotice = wanted;
            case MESSAGES -> messageNotices = wanted;
            default -> throw new IllegalArgumentException(kind + " is not a staff member's email");
        }
    }

    public boolean wants(EmailKind kind) {
        return switch (kind) {
            case ALERT_DIGEST -> alertDigest;
            case RED_FLAG -> redFlagNotice;
            case MESSAGES -> messageNotices;
            default -> false;
        };
    }

    public String username() {
        return username;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }
}
