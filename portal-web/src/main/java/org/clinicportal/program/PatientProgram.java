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
            current = assignments.current(patientId).orElse(null);
            history = assignments.history(patientId);
        } catch (PatientNotFoundException e) {
            current = null;
        }
    }
}
