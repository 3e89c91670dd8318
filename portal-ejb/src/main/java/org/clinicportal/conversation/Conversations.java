package org.clinicportal.conversation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.eclipse.persistence.config.QueryHints;

/**
 * Messages between a patient and their clinic's therapists. A patient reaches only their own conversation; a
 * therapist any patient's of their clinic (another clinic's patient is not found). Reading a conversation marks it
 * read for the reader's side; every message sent and every therapist's reading is in the audit log, without words.
 */
@Stateless
public class Conversations {

    /** The most messages one page shows; earlier ones come by asking for more. */
    public static final int MOST_SHOWN = 500;

    /** The patient's badge in one statement; row-level security keeps it to the caller's clinic. */
    private static final String UNREAD_BY_PATIENTS_ACCOUNT = """
            select count(*) from message m
            join patient p on p.id = m.patient_id
            left join message_thread t on t.clinic_id = m.clinic_id and t.patient_id = m.patient_id
            where p.portal_account = ?1 and m.side = 'CLINIC' and m.sent_at > coalesce(t.patient_read_at, '-infinity')
            """;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MessagePosted> posted;

    /** The signed-in patient's conversation, its latest messages; it is read once shown. */
    @RolesAllowed(Role.PATIENT_NAME)
    public ConversationView mine(@Min(1) @Max(MOST_SHOWN) int latest) {
        Patient patient = me();
        return read(patient, Side.PATIENT, latest);
    }

    @RolesAllowed(Role.PATIENT_NAME)
    public void sendToClinic(@NotNull @Valid MessageForm form) {
        send(me(), Side.PATIENT, form);
    }

    /**
     * How many messages from the clinic the signed-in patient has not read: the badge on every page of theirs, so
     * one statement.
     */
    @RolesAllowed(Role.PATIENT_NAME)
    public long unreadForMe() {
        return ((Number) entityManager
                        .createNativeQuery(UNREAD_BY_PATIENTS_ACCOUNT)
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, caller.account().orElse(""))
                        .getSingleResult())
                .longValue();
    }

    /** A patient's conversation with the clinic, its latest messages; it is read for the clinic once shown. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public ConversationView withPatient(long patientId, @Min(1) @Max(MOST_SHOWN) int latest)
            throws PatientNotFoundException {
        Patient patient = patient(patientId);
        audit.record(AuditAction.MESSAGES_READ, patientId, "Conversation with " + patient.name());
        return read(patient, Side.CLINIC, latest);
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void sendToPatient(long patientId, @NotNull @Valid MessageForm form) throws PatientNotFoundException {
        send(patient(patientId), Side.CLINIC, form);
    }

    private ConversationView read(Patient patient, Side reader, int latest) {
        Conversation conversation = conversation(patient);
        OffsetDateTime readUpTo = conversation.readUpTo(reader);
        List<Message> newestFirst = entityManager
                .createNamedQuery("Message.latest", Message.class)
                .setParameter("patient", patient.id())
                .setMaxResults(latest + 1)
                .getResultList();
        List<MessageView> shown = new ArrayList<>();
        for (Message message : newestFirst.subList(0, Math.min(latest, newestFirst.size()))) {
            shown.add(new MessageView(
                    message.id(),
                    message.side(),
                    message.authorName(),
                    message.body(),
                    message.sentAt(),
                    message.side() == reader,
                    message.side() != reader && message.sentAt().isAfter(readUpTo)));
        }
        Collections.reverse(shown);
        conversation.readBy(reader, now());
        return new ConversationView(patient.id(), patient.name().toString(), shown, newestFirst.size() > latest);
    }

    private void send(Patient patient, Side from, MessageForm form) {
        Conversation conversation = conversation(patient);
        boolean again = !entityManager
                .createNamedQuery("Message.bySubmission", Message.class)
                .setParameter("submission", form.getSubmission())
                .getResultList()
                .isEmpty();
        if (again) {
            return;
        }
        boolean firstUnread = unread(patient.id(), from.other()) == 0;
        OffsetDateTime now = now();
        entityManager.persist(new Message(
                patient.id(),
                from,
                caller.username(),
                caller.displayName(),
                form.getBody(),
                now,
                form.getSubmission()));
        conversation.readBy(from, now);
        audit.record(AuditAction.MESSAGE_SENT, patient.id(), from == Side.PATIENT ? "To the clinic" : "To the patient");
        posted.fire(new MessagePosted(caller.clinic().orElseThrow(), patient.id(), from.other(), firstUnread));
    }

    /** Messages to the side that it has not read. */
    private long unread(long patientId, Side reader) {
        Conversation conversation = entityManager.find(Conversation.class, patientId);
        return entityManager
                .createNamedQuery("Message.countUnread", Long.class)
                .setParameter("patient", patientId)
                .setParameter("from", reader.other())
                .setParameter("after", conversation == null ? Conversation.NEVER : conversation.readUpTo(reader))
                .getSingleResult();
    }

    /**
     * The patient's conversation, made on first use. The patient's row is locked first: it orders everything done
     * to one conversation at once, so two first messages make one conversation and a message sent twice is stored
     * once.
     */
    private Conversation conversation(Patient patient) {
        entityManager.lock(patient, LockModeType.PESSIMISTIC_WRITE);
        Conversation conversation = entityManager.find(Conversation.class, patient.id());
        if (conversation == null) {
            conversation = new Conversation(patient.id());
            entityManager.persist(conversation);
        }
        return conversation;
    }

    private Patient me() {
        return PortalPatients.me(entityManager, caller);
    }

    private Patient patient(long patientId) throws PatientNotFoundException {
        Patient patient = entityManager.find(Patient.class, patientId);
        if (patient == null) {
            throw new PatientNotFoundException(patientId);
        }
        return patient;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
