package org.clinicportal.clinic;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;

/** The platform admin's clinics with their headcounts, deactivation and reactivation, and the form that onboards a new one. */
@Named
@ViewScoped
public class PlatformAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicOnboarding onboarding;

    private List<ClinicSummary> clinics;
    private ClinicForm form = new ClinicForm();
    private Invitation invitation;

    public List<ClinicSummary> getClinics() {
        if (clinics == null) {
            clinics = onboarding.clinics();
        }
        return clinics;
    }

    public void onboard() {
        try {
            invitation = onboarding.onboard(form);
            form = new ClinicForm();
            clinics = null;
        } catch (ClinicRefusedException | AccountException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public void deactivate(String slug) {
        try {
            onboarding.deactivate(slug);
            clinics = null;
        } catch (ClinicRefusedException e) {
            Refusals.show(e);
        }
    }

    /** Emails the clinic's admins who have not chosen a password yet a new link; the page shows the first. */
    public void inviteAdminsAgain(String slug) {
        try {
            invitation = onboarding.inviteAdminsAgain(slug).get(0);
        } catch (ClinicRefusedException | AccountException e) {
            Refusals.show(e);
        }
    }

    public void reactivate(String slug) {
        try {
            onboarding.reactivate(slug);
            clinics = null;
        } catch (ClinicRefusedException e) {
            Refusals.show(e);
        }
    }

    public DistanceUnit[] getUnits() {
        return DistanceUnit.values();
    }

    public ClinicForm getForm() {
        return form;
    }

    public Invitation getInvitation() {
        return invitation;
    }
}
