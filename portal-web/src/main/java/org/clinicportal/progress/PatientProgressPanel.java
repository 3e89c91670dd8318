package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.input.PlainText;
import org.clinicportal.intake.IntakeRefusedException;
import org.clinicportal.patient.ConcurrentChangeException;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.web.Violations;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The progress section of the therapist's patient page: charts, alerts to acknowledge, and how often
 * the patient is asked for the outcome measures.
 */
@Named
@ViewScoped
public class PatientProgressPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressReview review;

    @Inject
    @Param(name = "id")
    private Long patientId;

    private ProgressView progress;
    private AlertView acknowledging;

    @Size(max = ProgressAlert.NOTE_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String note;

    private Integer measureEveryWeeks;

    public ProgressView getProgress() {
        if (progress == null && patientId != null) {
            try {
                progress = review.progress(patientId);
                measureEveryWeeks = progress.measureEveryWeeks();
            } catch (PatientNotFoundException e) {
                return null;
            }
        }
        return progress;
    }

    public void startAcknowledging(AlertView alert) {
        acknowledging = alert;
        note = null;
    }

    public void acknowledge() {
        try {
            review.acknowledge(acknowledging.kind(), acknowledging.id(), acknowledging.version(), note);
            acknowledging = null;
            progress = null;
        } catch (AlertNotFoundException | ConcurrentChangeException | IntakeRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public void scheduleOutcomes() {
        try {
            review.scheduleOutcomes(patientId, measureEveryWeeks);
            progress = null;
            Messages.addGlobalInfo(Faces.getBundleString("progress.schedule.saved"));
        } catch (PatientNotFoundException | ProgressRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public AlertView getAcknowledging() {
        return acknowledging;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getMeasureEveryWeeks() {
        return measureEveryWeeks;
    }

    public void setMeasureEveryWeeks(Integer measureEveryWeeks) {
        this.measureEveryWeeks = measureEveryWeeks;
    }
}
