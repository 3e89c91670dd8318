package org.clinicportal.audit;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.trail.AuditAction;

/**
 * Which audit entries to show: by user, patient, action and a range of days (all optional). The
 * patient is found by the start of their given or family name, or by their number.
 */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String user;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String patient;

    private AuditAction action;

    @PlausibleDate
    private LocalDate from;

    @PlausibleDate
    private LocalDate to;

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    /** The patient's number when that is what was entered. */
    Optional<Long> patientNumber() {
        return patient != null && patient.strip().matches("[0-9]{1,18}")
                ? Optional.of(Long.valueOf(patient.strip()))
                : Optional.empty();
    }

    /** The start of a name, when a name was entered. */
    Optional<String> patientName() {
        return patient == null || patient.isBlank() || patientNumber().isPresent()
                ? Optional.empty()
                : Optional.of(patient.strip());
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
