package org.clinicportal.intake;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import org.clinicportal.alert.Alert;
import org.clinicportal.input.PlainText;
import org.clinicportal.message.Refusal;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;

/**
 * Records an intake: the draft is saved whenever the therapist asks or moves to another section,
 * so nothing is lost; once signed, the page shows it read-only with its addenda.
 */
@Named
@ViewScoped
public class RecordIntake implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntakeService intakes;

    private Long id;
    private IntakeView view;
    private IntakeForm form;

    @Size(max = Addendum.MAX_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String addendum;

    @Size(max = Alert.NOTE_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String acknowledgement;

    private LocalTime savedAt;

    public void load() throws IntakeNotFoundException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        show(intakes.open(id == null ? -1 : id));
    }

    public void save() {
        attempt(() -> show(intakes.save(id, view.version(), form)), "intake.saved");
    }

    /**
     * Saves the draft without a message, when the therapist moves to another section and every
     * few minutes, so that neither a lost connection nor an expired session costs any typing.
     */
    public void autoSave() {
        if (isLocked()) {
            return;
        }
        try {
            show(intakes.save(id, view.version(), form));
            savedAt = LocalTime.now().withNano(0);
        } catch (Refusal e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public void sign() {
        attempt(
                () -> {
                    show(intakes.save(id, view.version(), form));
                    show(intakes.sign(id, view.version()));
                },
                "intake.signedMessage");
    }

    public void addAddendum() {
        attempt(
                () -> {
                    show(intakes.addAddendum(id, addendum));
                    addendum = null;
                },
                "intake.addendumAdded");
    }

    public void acknowledge(ReferralView referral) {
        attempt(
                () -> {
                    intakes.acknowledgeReferral(referral.id(), referral.version(), acknowledgement);
                    acknowledgement = null;
                    view = view.withReferrals(intakes.referrals(view.patientId()));
                },
                "intake.referral.acknowledged");
    }

    private void show(IntakeView intake) {
        view = intake;
        form = intake.form();
    }

    private void attempt(Step step, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            step.run();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            faces.getApplication()
                                    .getResourceBundle(faces, "msg")
                                    .getString(doneKey),
                            null));
        } catch (Refusal e) {
            Refusals.show(e);
            faces.validationFailed();
        } catch (EJBException e) {
            Violations.report(e);
            faces.validationFailed();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Refusal;
    }

    /** When the draft was last saved automatically, or {@code null}. */
    public LocalTime getSavedAt() {
        return savedAt;
    }

    public boolean isLocked() {
        return view != null && view.signed();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IntakeView getView() {
        return view;
    }

    public IntakeForm getForm() {
        return form;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }
}
