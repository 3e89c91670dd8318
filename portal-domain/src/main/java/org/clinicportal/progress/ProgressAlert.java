package org.clinicportal.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.clinicportal.alert.Alert;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A warning raised by an alert rule. It stays open until a therapist acknowledges it, and stays in
 * the patient's history after; while one of a kind is open, the rule raises no second one.
 */
@Entity
@Table(name = "progress_alert")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "ProgressAlert.openKinds",
        query = "select a.kind from ProgressAlert a where a.patientId = :patient and a.acknowledgedAt is null")
public class ProgressAlert extends Alert {

    @Id
    @SequenceGenerator(name = "progress_alert_seq", sequenceName = "progress_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_alert_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private AlertKind kind;

    @Column(name = "detail", nullable = false, updatable = false, length = 200)
    private String detail;

    protected ProgressAlert() {}

    public ProgressAlert(long patientId, Alarm alarm, OffsetDateTime at) {
        super(patientId, at);
        if (alarm.kind() == AlertKind.RED_FLAG) {
            throw new IllegalArgumentException("Red flags are referral alerts, raised when reported");
        }
        this.kind = alarm.kind();
        this.detail = alarm.detail().length() > 200 ? alarm.detail().substring(0, 200) : alarm.detail();
    }

    public Long id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
