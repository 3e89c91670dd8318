package org.clinicportal.reminder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The therapist chooses which of the portal's emails they get, and starts again one its link stopped. */
@Named
@ViewScoped
public class ChooseStaffEmails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffEmailSettings settings;

    private List<EmailKind> wanted;

    public void load() {
        if (wanted == null) {
            wanted = new ArrayList<>(settings.mine());
        }
    }

    public String save() {
        settings.choose(wanted.isEmpty() ? EnumSet.noneOf(EmailKind.class) : EnumSet.copyOf(wanted));
        Messages.addFlashGlobalInfo(Faces.getBundleString("staffEmails.saved"));
        return "/therapist/emails?faces-redirect=true";
    }

    public List<EmailKind> getKinds() {
        return StaffEmailSettings.KINDS;
    }

    public List<EmailKind> getWanted() {
        return wanted;
    }

    public void setWanted(List<EmailKind> wanted) {
        this.wanted = wanted;
    }
}
