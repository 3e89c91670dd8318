package org.clinicportal.program;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import org.clinicportal.training.DistanceUnit;

/**
 * Gives a patient the lateral-hip (side glute) program from a day, as their therapist does from the template: the
 * program the service tests start a runner with. Called as the therapist ({@code AsTherapist}).
 */
@Stateless
public class LateralHipProbe {

    private static final String TEMPLATE = "Lateral hip (side glute) strengthening";

    @EJB
    private ProgramTemplates templates;

    @EJB
    private ProgramAssignments assignments;

    public void assign(long patientId, LocalDate start) throws Exception {
        long lateralHip = templates.list().stream()
                .filter(row -> row.name().equals(TEMPLATE))
                .findFirst()
                .orElseThrow()
                .id();
        ProgramForm form = assignments.draft(patientId, DistanceUnit.KILOMETRES);
        form.setStart(start);
        assignments.assign(patientId, assignments.addTemplate(form, lateralHip));
    }
}
