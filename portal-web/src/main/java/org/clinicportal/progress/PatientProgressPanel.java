package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.alert.Alert;
import org.clinicportal.input.PlainText;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.record.ViewPatient;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The progress section of the therapist's patient page: charts, alerts to acknowledge, and how often
 * the patient is asked for the outcome measures. The view keeps only the forms' state; the progress itself is
 * read per request ({@link ProgressShown}).
 */
@Named
@ViewScoped
public class PatientProgressPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressReview review;

    @Inject
    private ProgressShown shown;

    /** The page whose patient this is: the section loads after the page, by a request that names no patient. */
    @Inject
    private ViewPatient page;

    private AlertView acknowledging;

    @Size(max = Alert.NOTE_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String note;

    private Integer measureEveryWeeks;
    private boolean measureWithHoos12;
    private boolean scheduleShown;

    /** Read for each request that shows it (the page loads this section after itself): never kept in the view. */
    public ProgressView getProgress() {
        ProgressView progress = page.getId() == null ? null : shown.of(page.getId());
        if (progress != null && !scheduleShown) {
            measureEveryWeeks = progress.measureEveryWeeks();
            measureWithHoos12 = progress.measureWithHoos12();
            scheduleShown = true;
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
            shown.changed();
        } catch (AlertNotFoundException | ConcurrentChangeException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public void scheduleOutcomes() {
        try {
            review.scheduleOutcomes(page.getId(), measureEveryWeeks, measureWithHoos12);
            shown.changed();
            Messages.addGlobalInfo(Faces.getBundleString("progress.schedule.saved"));
        } catch (PatientNotFoundException | ProgressRefusedException e) {
            Refusals.show(e);
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

    public boolean isMeasureWithHoos12() {
        return measureWithHoos12;
    }

    public void setMeasureWithHoos12(boolean measureWithHoos12) {
        this.measureWithHoos12 = measureWithHoos12;
    }
}
