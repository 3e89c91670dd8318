package org.clinicportal.reminder;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.conversation.MessagePosted;
import org.clinicportal.progress.RedFlagReportedFromHome;

/**
 * The emails a user's action sets off: the therapist's notice of a red flag reported from home, so that it does not
 * wait for their next look at the caseload, and the notice of a new message. Only once what they tell of is stored,
 * and off the user's request: a mail server that is slow or down never holds up or undoes it, and the portal shows
 * it in any case.
 */
@ApplicationScoped
public class EmailNotices {

    private static final Logger LOG = Logger.getLogger(EmailNotices.class.getName());

    @Inject
    private EmailDeliveries deliveries;

    @Resource
    private ManagedExecutorService executor;

    /** An email to send, which may find the mail server or Keycloak away. */
    private interface Notice {
        void send() throws EmailNotSentException;
    }

    void whenStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) RedFlagReportedFromHome report) {
        later(
                () -> deliveries.noticeRedFlag(report.clinic(), report.patientId()),
                "Could not email the therapist about a red flag of patient {0}: {1}",
                report.patientId());
    }

    /** Only the first message the other side has not read: a run of messages is one email. */
    void whenStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        if (posted.firstUnread()) {
            later(
                    () -> deliveries.noticeMessage(posted.clinic(), posted.patientId(), posted.to()),
                    "Could not tell of a new message in the conversation of patient {0}: {1}",
                    posted.patientId());
        }
    }

    /** @param failure the log line when the email cannot be sent: {0} the patient, {1} why */
    private void later(Notice notice, String failure, long patientId) {
        executor.execute(() -> {
            try {
                notice.send();
            } catch (EmailNotSentException e) {
                LOG.log(Level.WARNING, failure, new Object[] {patientId, e.getMessage()});
            }
        });
    }
}
