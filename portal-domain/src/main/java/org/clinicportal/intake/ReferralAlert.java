package org.clinicportal.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.clinicportal.alert.Alert;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A red flag answered yes: the runner must see a physician. Until a therapist acknowledges it
 * with a note of what was done, no home program can be assigned to the patient.
 */
@Entity
@Table(name = "referral_alert")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "ReferralAlert.forPatient",
        query = "select a from ReferralAlert a where a.patientId = :patient order by a.raisedAt desc, a.id desc")
@NamedQuery(
        name = "ReferralAlert.openForIntake",
        query = "select a from ReferralAlert a where a.intakeId = :intake and a.acknowledgedAt is null")
@NamedQuery(
        name = "ReferralAlert.openFromHome",
        query =
                "select a from ReferralAlert a where a.patientId = :patient and a.intakeId is null and a.acknowledgedAt is null")
@NamedQuery(
        name = "ReferralAlert.openAmong",
        query =
                "select distinct a.patientId from ReferralAlert a where a.patientId in :patients and a.acknowledgedAt is null")
@NamedQuery(
        name = "ReferralAlert.countOpenPatients",
        query = "select count(distinct a.patientId) from ReferralAlert a where a.acknowledgedAt is null")
@NamedQuery(
        name = "ReferralAlert.countOpenForPatient",
        query = "select count(a) from ReferralAlert a where a.patientId = :patient and a.acknowledgedAt is null")
public class ReferralAlert extends Alert {

    @Id
    @SequenceGenerator(name = "referral_alert_seq", sequenceName = "referral_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_alert_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    @Column(name = "red_flags", nullable = false, length = 600)
    private String redFlags;

    protected ReferralAlert() {}

    /** Raised by an intake's red-flag screen. */
    public ReferralAlert(Intake intake, Set<RedFlag> flags) {
        this(intake.patientId(), intake.id(), flags);
    }

    private ReferralAlert(long patientId, Long intakeId, Set<RedFlag> flags) {
        super(patientId, OffsetDateTime.now(ZoneOffset.UTC));
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("A referral alert needs at least one red flag");
        }
        this.intakeId = intakeId;
        this.redFlags = Codes.join(flags);
    }

    /** Raised by the patient reporting new symptoms from home, between visits. */
    public static ReferralAlert reportedByPatient(long patientId, Set<RedFlag> flags) {
        return new ReferralAlert(patientId, null, flags);
    }

    /** Whether the patient reported it from home rather than a therapist at a visit. */
    public boolean isReportedByPatient() {
        return intakeId == null;
    }

    /**
     * The screen changed while the alert is still open: it keeps the flags still answered yes and adds
     * those that turned yes. Answers taken back to no never empty it; only a note closes an alert.
     */
    public void reflag(Set<RedFlag> stillYes, Set<RedFlag> turnedYes) {
        requireOpen();
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        flags.addAll(redFlags());
        flags.retainAll(stillYes);
        flags.addAll(turnedYes);
        if (!flags.isEmpty()) {
            this.redFlags = Codes.join(flags);
        }
    }

    /** Records what was done about the red flags, e.g. "referred to sports physician on 3 May": a note is required. */
    @Override
    public void acknowledge(String therapist, String what, OffsetDateTime at) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("Say what was done about the red flags.");
        }
        super.acknowledge(therapist, what, at);
    }

    public Long id() {
        return id;
    }

    public Long intakeId() {
        return intakeId;
    }

    public Set<RedFlag> redFlags() {
        return redFlagsIn(redFlags);
    }

    /** The red flags as their column holds them, for a read that takes the column itself. */
    public static Set<RedFlag> redFlagsIn(String column) {
        return Codes.set(RedFlag.class, column);
    }
}
