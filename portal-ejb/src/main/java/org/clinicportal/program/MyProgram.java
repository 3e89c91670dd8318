package org.clinicportal.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;

/**
 * The patient's own program, at home. A patient reads only the program of the record their portal
 * account is linked to; any other program id is answered as not found.
 */
@Stateless
@RolesAllowed(Role.PATIENT_NAME)
public class MyProgram {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private CallersLanguage reader;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    /** Today in the clinic's time zone: what is due, and where the return-to-run ramp stands. */
    public Optional<TodayView> today() {
        return me().flatMap(patient -> Programs.currentVersion(entityManager, patient.id())
                .map(version -> {
                    LocalDate today = calendar.today();
                    ProgramView program = ProgramViews.of(entityManager, clinic(), reader.get(), patient, version);
                    return new TodayView(
                            today,
                            version.weekOf(today),
                            dueOf(program, version, today),
                            version.runWeekOf(today).orElse(null),
                            program);
                }));
    }

    /** The whole program, if it is the caller's own and current. */
    public ProgramView program(long programId) throws ProgramNotFoundException {
        Patient patient = me().orElseThrow(() -> new ProgramNotFoundException(programId));
        ProgramVersion version = Programs.currentVersion(entityManager, patient.id())
                .filter(current -> current.programId() == programId)
                .orElseThrow(() -> new ProgramNotFoundException(programId));
        audit.record(AuditAction.PROGRAM_VIEWED, patient.id(), "Program " + programId + " version " + version.number());
        return ProgramViews.of(entityManager, clinic(), reader.get(), patient, version);
    }

    private static List<ItemView> dueOf(ProgramView program, ProgramVersion version, LocalDate date) {
        List<ItemView> due = new ArrayList<>();
        for (int i = 0; i < version.items().size(); i++) {
            if (version.items().get(i).isDueOn(version.start(), date)) {
                due.add(program.items().get(i));
            }
        }
        return due;
    }

    private Optional<Patient> me() {
        return PortalPatients.signedIn(entityManager, caller);
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("A patient belongs to a clinic"));
    }
}
