package org.clinicportal.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One message in a patient's conversation with their clinic; once sent, it stays as written. */
@Entity
@Table(name = "message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "Message.latest",
        query = "select m from Message m where m.patientId = :patient order by m.sentAt desc, m.id desc")
@NamedQuery(name = "Message.bySubmission", query = "select m from Message m where m.submission = :submission")
@NamedQuery(
        name = "Message.countUnread",
        query = "select count(m) from Message m where m.patientId = :patient and m.side = :from and m.sentAt > :after")
public class Message {

    /** What one message may hold: a few paragraphs; longer questions are for the next visit or a call. */
    public static final int BODY_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, updatable = false, length = 10)
    private Side side;

    @Column(name = "author", nullable = false, updatable = false, length = 80)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 161)
    private String authorName;

    @Column(name = "body", nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "submission", nullable = false, updatable = false, length = 36)
    private String submission;

    protected Message() {}

    /**
     * @param author the sender's username
     * @param authorName the sender's name as it was when they wrote
     * @param submission the id of the form it was sent from, so that sending it again stores nothing new
     */
    public Message(
            long patientId,
            Side side,
            String author,
            String authorName,
            String body,
            OffsetDateTime sentAt,
            String submission) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A message says something");
        }
        if (body.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("A message is at most " + BODY_LENGTH + " characters");
        }
        this.patientId = patientId;
        this.side = Objects.requireNonNull(side, "side");
        this.author = Objects.requireNonNull(author, "author");
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.body = body.strip();
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.submission = Objects.requireNonNull(submission, "submission");
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public Side side() {
        return side;
    }

    public String author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
