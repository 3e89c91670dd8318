package org.clinicportal.progress;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.Surface;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The patient reports a run; a new pair of shoes can be added on the way. */
@Named
@ViewScoped
public class LogRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressLog log;

    @Inject
    private UnitChoice unitChoice;

    private RunForm form;
    private ShoeForm newShoe;
    private List<ShoeView> shoes;

    public void load() {
        if (form == null) {
            form = log.runForm(unitChoice.getUnit());
            newShoe = new ShoeForm();
            newShoe.setDistanceUnit(unitChoice.getUnit());
            shoes = log.shoes();
        }
    }

    public String save() {
        try {
            List<AlertKind> raised = log.logRun(form);
            Messages.addFlashGlobalInfo(Faces.getBundleString("log.run.saved"));
            for (AlertKind kind : raised) {
                Messages.addFlashGlobalWarn(Faces.getBundleString("log.run.warning." + kind));
            }
            return "/patient/index?faces-redirect=true";
        } catch (ProgressRefusedException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    public void addShoe() {
        try {
            form.setShoeId(log.addShoe(newShoe));
            shoes = log.shoes();
            newShoe = new ShoeForm();
            newShoe.setDistanceUnit(unitChoice.getUnit());
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public Surface[] getSurfaces() {
        return Surface.values();
    }

    public ShoeType[] getShoeTypes() {
        return ShoeType.values();
    }

    public RunForm getForm() {
        return form;
    }

    public ShoeForm getNewShoe() {
        return newShoe;
    }

    public List<ShoeView> getShoes() {
        return shoes;
    }
}
