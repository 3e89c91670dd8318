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

/**
 * Tells the other side of a conversation by email that a message is waiting: once it is stored, off the sender's
 * request, and only for the first message they have not read, so a run of messages is one email.
 */
@ApplicationScoped
public class MessageNotices {

    private static final Logger LOG = Logger.getLogger(MessageNotices.class.getName());

    @Inject
    private EmailDeliveries deliveries;

    @Resource
    private ManagedExecutorService executor;

    void whenStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        if (posted.firstUnread()) {
            executor.execute(() -> send(posted));
        }
    }

    private void send(MessagePosted posted) {
        try {
            deliveries.noticeMessage(posted.clinic(), posted.patientId(), posted.to());
        } catch (EmailNotSentException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not tell of a new message in the conversation of patient {0}: {1}",
                    new Object[] {posted.patientId(), e.getMessage()});
        }
    }
}
