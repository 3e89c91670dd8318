package org.clinicportal.record;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.intake.IntakeRefusedException;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.intake.IntakeSummary;
import org.clinicportal.intake.ReferralView;
import org.clinicportal.intake.VisitComparison;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientProfile;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PortalAccess;
import org.clinicportal.patient.PortalAccessException;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.program.PatientProgram;
import org.clinicportal.web.Refusals;

/** The patient page: who the patient is, how to reach them, their status in the clinic. */
@Named
@ViewScoped
public class ViewPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry registry;

    @Inject
    private IntakeService intakeService;

    @Inject
    private PatientRecord records;

    /** The program panel, for this request only: the page's view keeps no program. */
    @Inject
    private PatientProgram patientProgram;

    @Inject
    private PortalAccess portalAccess;

    private Long id;
    private PatientProfile profile;
    private List<IntakeSummary> intakes;
    private List<ReferralView> openReferrals;
    private VisitComparison comparison;
    private Invitation invitation;

    public void load() throws PatientNotFoundException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        RecordView record = records.open(id == null ? -1 : id);
        profile = record.profile();
        intakes = record.visits().intakes();
        openReferrals = record.openReferrals();
        comparison = record.visits().comparison();
        patientProgram.show(record.program());
    }

    /** Opens a new draft intake for today's visit and goes to it. */
    public String startIntake() {
        try {
            return "/therapist/intake/record?faces-redirect=true&id=" + intakeService.start(id);
        } catch (PatientNotFoundException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Opens a follow-up visit that repeats the intake's measures, and goes to it. */
    public String startFollowUp() {
        try {
            return "/therapist/intake/record?faces-redirect=true&id=" + intakeService.startFollowUp(id);
        } catch (PatientNotFoundException | IntakeRefusedException e) {
            Refusals.show(e);
            return null;
        }
    }

    /** Creates the patient's login and emails them the invitation to choose a password. */
    public void givePortalAccess() {
        try {
            invitation = portalAccess.give(id);
            profile = registry.profile(id);
        } catch (PatientNotFoundException | PortalAccessException e) {
            Refusals.show(e);
        }
    }

    /** Emails the patient a new link to choose a password: the first one expired or got lost, or they forgot it. */
    public void sendInvitationAgain() {
        try {
            invitation = portalAccess.sendInvitationAgain(id);
        } catch (PatientNotFoundException | PortalAccessException e) {
            Refusals.show(e);
        }
    }

    public void discharge() {
        change(true);
    }

    public void readmit() {
        change(false);
    }

    private void change(boolean discharge) {
        try {
            if (discharge) {
                registry.discharge(id, profile.version());
            } else {
                registry.readmit(id, profile.version());
            }
            profile = registry.profile(id);
        } catch (PatientNotFoundException | ConcurrentChangeException e) {
            Refusals.show(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatientProfile getProfile() {
        return profile;
    }

    public List<IntakeSummary> getIntakes() {
        return intakes;
    }

    public List<ReferralView> getOpenReferrals() {
        return openReferrals;
    }

    public VisitComparison getComparison() {
        return comparison;
    }

    public Invitation getInvitation() {
        return invitation;
    }
}
