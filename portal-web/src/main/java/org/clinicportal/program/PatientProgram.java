package org.clinicportal.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinicportal.patient.PatientNotFoundException;
import org.omnifaces.cdi.Param;

/**
 * The home-program panel of the therapist's patient page: the current version and its history.
 * The page itself answers an unknown patient; here an unknown one simply has no program.
 */
@Named
@RequestScoped
public class PatientProgram {

    @Inject
    private ProgramAssignments assignments;

    @Inject
    @Param(name = "id")
    private Long patientId;

    private ProgramView current;
    private List<VersionRow> history;
    private boolean loaded;

    public ProgramView getCurrent() {
        load();
        return current;
    }

    public List<VersionRow> getHistory() {
        load();
        return history;
    }

    /** The program as the page's record read it, on the page's first request; later requests read it here. */
    public void show(ProgramOverview overview) {
        current = overview.current();
        history = overview.history();
        loaded = true;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        history = List.of();
        if (patientId == null) {
            return;
        }
        try {
            show(assignments.overview(patientId));
        } catch (PatientNotFoundException e) {
            current = null;
        }
    }
}
