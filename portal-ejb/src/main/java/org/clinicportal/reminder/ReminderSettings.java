package org.clinicportal.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;

/** A signed-in patient's own reminders; nobody else reads or sets them. */
@Stateless
@RolesAllowed(Role.PATIENT_NAME)
public class ReminderSettings {

    /** The time offered before a patient chooses one. */
    private static final LocalTime FIRST_OFFER = LocalTime.of(8, 0);

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private CallersLanguage language;

    public ReminderView mine() {
        Patient patient = me();
        Optional<ReminderSchedule> schedule =
                Optional.ofNullable(entityManager.find(ReminderSchedule.class, patient.id()));
        return new ReminderView(
                schedule.map(s -> s.weekdays().days()).orElse(Set.of()),
                schedule.flatMap(ReminderSchedule::sendAt).orElse(FIRST_OFFER),
                schedule.map(ReminderSchedule::questionnaires).orElse(false),
                calendar.zone(),
                patient.contact().email().isPresent());
    }

    /**
     * Keeps the patient's choice; no day and no questionnaire stops every reminder. The emails speak the language
     * of the page the choice was made on.
     */
    public void save(@NotNull @Valid ReminderForm form) throws ReminderRefusedException {
        Patient patient = me();
        boolean remind = !form.getDays().isEmpty() || form.isQuestionnaires();
        if (remind && patient.contact().email().isEmpty()) {
            throw new ReminderRefusedException("refused.reminder.noEmail");
        }
        // The patient's row serialises their own saves, so that two tabs saving a first choice make one schedule.
        entityManager.lock(patient, LockModeType.PESSIMISTIC_WRITE);
        ReminderSchedule schedule = entityManager.find(ReminderSchedule.class, patient.id());
        if (schedule == null) {
            schedule = new ReminderSchedule(patient.id(), language.get());
            entityManager.persist(schedule);
        }
        schedule.remindOn(Weekdays.of(form.getDays()), form.getAt(), form.isQuestionnaires(), language.get());
    }

    private Patient me() {
        return PortalPatients.me(entityManager, caller);
    }
}
