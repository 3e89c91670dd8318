package org.clinicportal.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Accounts;
import org.clinicportal.conversation.Side;
import org.clinicportal.language.Language;
import org.clinicportal.mail.MailText;
import org.clinicportal.mail.Mailer;
import org.clinicportal.mail.PortalLinks;
import org.clinicportal.patient.Patient;
import org.clinicportal.preference.UserPreference;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.tenancy.Clinic;
import org.clinicportal.tenancy.NamedClinic;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sends the portal's own emails, each in its own transaction scoped to its clinic. No signed-in user calls this: the
 * {@link ReminderClock} and the red-flag notices do, naming the clinic they work for.
 *
 * <p>An email goes out once: its claim (kind, recipient, day) is inserted in the transaction that sends it, so
 * another node's insert of the same claim waits and then finds it, and a failed send rolls the claim back for the
 * next run. A patient whose portal access is stopped is never emailed; that decision is stored as the claim too.
 */
@Stateless
@PermitAll
public class EmailDeliveries {

    private static final String CLAIM = """
            insert into email_sent (clinic_id, kind, recipient, for_day, outcome, at)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict do nothing
            """;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private NamedClinic clinics;

    @Inject
    private Accounts accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private PortalLinks links;

    /** The clinics the clock works for: active ones only, a paused clinic's users get nothing. */
    public List<String> activeClinics() {
        return entityManager.createNamedQuery("Clinic.findActive", Clinic.class).getResultList().stream()
                .map(Clinic::slug)
                .toList();
    }

    /** The clinic's emails due at this moment of its day and not sent yet. */
    public List<DueEmail> dueIn(String clinic, Instant now) {
        return clinics.enter(clinic)
                .map(tenant -> new DueEmails(entityManager, now.atZone(tenant.timeZone())).all())
                .orElse(List.of());
    }

    /**
     * Sends the email unless a node already did.
     *
     * @return whether this call sent it
     * @throws EmailNotSentException when the mail server or Keycloak did not answer; nothing is claimed then
     */
    public boolean deliver(String clinic, DueEmail email, Instant now) throws EmailNotSentException {
        if (clinics.enter(clinic).isEmpty()) {
            return false;
        }
        boolean allowed = !(email instanceof PatientReminder reminder) || maySignIn(reminder.account());
        if (!claim(clinic, email, allowed ? "SENT" : "WITHHELD", now)) {
            return false;
        }
        if (allowed) {
            send(clinic, email.address(), email.language(), email.kind(), email.arguments(links), tokenFor(email));
        }
        return allowed;
    }

    /**
     * Tells the patient's assigned therapist at once that the patient reported a red flag from home, unless they
     * stopped these emails.
     */
    public void noticeRedFlag(String clinic, long patientId) throws EmailNotSentException {
        Optional<Patient> patient = patientOf(clinic, patientId);
        if (patient.isPresent()) {
            tellTherapist(clinic, patient.get(), false, EmailKind.RED_FLAG, links.patientPage(patientId));
        }
    }

    /**
     * Tells the side a message is for that one is waiting, without its words: the patient (while their access
     * stands) or their assigned therapist, unless they stopped these emails.
     */
    public void noticeMessage(String clinic, long patientId, Side to) throws EmailNotSentException {
        Optional<Patient> patient = patientOf(clinic, patientId);
        if (patient.isEmpty()) {
            return;
        }
        if (to == Side.PATIENT) {
            noticeToPatient(clinic, patient.get());
        } else {
            tellTherapist(clinic, patient.get(), true, EmailKind.MESSAGES, links.messagesWith(patientId));
        }
    }

    /** The patient, in the clinic entered for this work; none when the clinic is paused or the patient gone. */
    private Optional<Patient> patientOf(String clinic, long patientId) {
        return clinics.enter(clinic).map(tenant -> entityManager.find(Patient.class, patientId));
    }

    private void noticeToPatient(String clinic, Patient patient) throws EmailNotSentException {
        Optional<String> address = patient.contact().email();
        Optional<String> account = patient.portalAccount();
        if (address.isEmpty() || account.isEmpty() || !maySignIn(account.get())) {
            return;
        }
        ReminderSchedule schedule = entityManager.find(ReminderSchedule.class, patient.id());
        if (schedule == null) {
            schedule = new ReminderSchedule(patient.id(), Language.ENGLISH);
            entityManager.persist(schedule);
        }
        if (schedule.messageNotices()) {
            send(
                    clinic,
                    address.get(),
                    schedule.language(),
                    EmailKind.MESSAGES,
                    new Object[] {links.myMessages()},
                    schedule.unsubscribeToken());
        }
    }

    /**
     * Emails the patient's assigned therapist, in the language they chose for the portal, unless they stopped this
     * kind of email.
     *
     * @param enabledOnly whether a therapist whose account is disabled is left out
     */
    private void tellTherapist(String clinic, Patient patient, boolean enabledOnly, EmailKind kind, String link)
            throws EmailNotSentException {
        Optional<StaffMember> therapist = patient.assignedTherapist()
                .flatMap(username -> entityManager
                        .createNamedQuery("StaffMember.byUsername", StaffMember.class)
                        .setParameter("username", username)
                        .getResultStream()
                        .findFirst())
                .filter(member -> member.isEnabled() || !enabledOnly);
        if (therapist.isEmpty() || therapist.get().email().isEmpty()) {
            return;
        }
        StaffEmailChoice choice = choiceOf(therapist.get().username());
        if (choice.wants(kind)) {
            Language language = Optional.ofNullable(entityManager.find(
                            UserPreference.class, therapist.get().username()))
                    .flatMap(UserPreference::language)
                    .orElse(Language.ENGLISH);
            send(clinic, therapist.get().email().get(), language, kind, new Object[] {link}, choice.unsubscribeToken());
        }
    }

    private boolean maySignIn(String account) throws EmailNotSentException {
        try {
            return accounts.isEnabled(account);
        } catch (AccountException e) {
            throw new EmailNotSentException(e);
        }
    }

    private boolean claim(String clinic, DueEmail email, String outcome, Instant now) {
        return entityManager
                        .createNativeQuery(CLAIM)
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, clinic)
                        .setParameter(2, email.kind().name())
                        .setParameter(3, email.recipient())
                        .setParameter(4, Date.valueOf(email.forDay()))
                        .setParameter(5, outcome)
                        .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    private String tokenFor(DueEmail email) {
        return email instanceof PatientReminder reminder
                ? reminder.token()
                : choiceOf(email.recipient()).unsubscribeToken();
    }

    private StaffEmailChoice choiceOf(String username) {
        return StaffEmailChoices.of(entityManager, username);
    }

    private void send(
            String clinic, String address, Language language, EmailKind kind, Object[] arguments, String token)
            throws EmailNotSentException {
        try {
            mailer.send(
                    address,
                    language,
                    MailText.of(language, kind.name() + ".subject"),
                    MailText.of(language, kind.name() + ".body", arguments),
                    links.unsubscribe(clinic, token, kind.name()));
        } catch (MessagingException e) {
            throw new EmailNotSentException(e);
        }
    }
}
