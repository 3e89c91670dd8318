package org.clinicportal.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** Which audit entries to show: by user, patient, action and a range of days (all optional). */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String user;
    private Long patientId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
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
