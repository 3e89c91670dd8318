package org.clinicportal.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinicportal.intake.RedFlag;

/** The red-flag questions in plain words; any yes warns the therapist at once. */
@Named
@ViewScoped
public class ReportSymptoms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressLog log;

    private List<RedFlag> yes = new ArrayList<>();
    private Boolean raised;

    public void report() {
        Set<RedFlag> flags = yes.isEmpty() ? Set.of() : EnumSet.copyOf(yes);
        raised = log.reportSymptoms(flags);
    }

    public RedFlag[] getQuestions() {
        return RedFlag.values();
    }

    public List<RedFlag> getYes() {
        return yes;
    }

    public void setYes(List<RedFlag> yes) {
        this.yes = yes;
    }

    /** Null until reported; then whether the clinic was alerted. */
    public Boolean getRaised() {
        return raised;
    }
}
