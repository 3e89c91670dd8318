package org.clinicportal.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The clinic admin's staff page: the clinic's accounts from Keycloak, a form for a new one, and
 * disable, enable, reset password and change of role. A temporary password is shown once.
 */
@Named
@ViewScoped
public class StaffAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts staffAccounts;

    private List<StaffView> staff;
    private String unavailable;
    private StaffForm form = new StaffForm();
    private Invitation invitation;

    public List<StaffView> getStaff() {
        if (staff == null && unavailable == null) {
            try {
                staff = staffAccounts.list();
            } catch (AccountException e) {
                unavailable = Refusals.text(e);
            }
        }
        return staff;
    }

    public void create() {
        try {
            invitation = staffAccounts.create(form);
            form = new StaffForm();
            refresh();
        } catch (AccountException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public void disable(String username) {
        change(() -> staffAccounts.disable(username), "staff.disabled", username);
    }

    public void enable(String username) {
        change(() -> staffAccounts.enable(username), "staff.enabled", username);
    }

    public void makeTherapist(String username) {
        change(() -> staffAccounts.changeRole(username, StaffRole.THERAPIST), "staff.roleChanged", username);
    }

    public void makeClinicAdmin(String username) {
        change(() -> staffAccounts.changeRole(username, StaffRole.CLINIC_ADMIN), "staff.roleChanged", username);
    }

    public void resetPassword(String username) {
        try {
            invitation = staffAccounts.resetPassword(username);
        } catch (StaffNotFoundException | AccountException e) {
            Refusals.show(e);
        }
    }

    private void change(Change change, String done, String username) {
        try {
            change.run();
            Messages.addGlobalInfo(Faces.getBundleString(done), username);
            refresh();
        } catch (StaffNotFoundException | StaffRefusedException | AccountException e) {
            Refusals.show(e);
        }
    }

    private void refresh() {
        staff = null;
        unavailable = null;
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public String getUnavailable() {
        getStaff();
        return unavailable;
    }

    public StaffForm getForm() {
        return form;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    /** An account change that may be refused. */
    @FunctionalInterface
    private interface Change {
        void run() throws StaffNotFoundException, StaffRefusedException, AccountException;
    }
}
