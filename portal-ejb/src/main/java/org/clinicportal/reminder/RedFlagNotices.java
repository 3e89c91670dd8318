package org.clinicportal.reminder;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.progress.RedFlagReportedFromHome;

/**
 * Emails the therapist when one of their patients reports a red-flag symptom from home, so that it does not wait
 * for their next look at the caseload. Only once the report is stored, and off the patient's request: a mail
 * server that is slow or down never holds up or undoes the report, which the portal shows in any case.
 */
@ApplicationScoped
public class RedFlagNotices {

    private static final Logger LOG = Logger.getLogger(RedFlagNotices.class.getName());

    @Inject
    private EmailDeliveries deliveries;

    @Resource
    private ManagedExecutorService executor;

    void whenStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) RedFlagReportedFromHome report) {
        executor.execute(() -> send(report));
    }

    private void send(RedFlagReportedFromHome report) {
        try {
            deliveries.noticeRedFlag(
                    report.clinic(),
                    report.therapist(),
                    report.therapistEmail(),
                    report.language(),
                    report.patientId());
        } catch (EmailNotSentException e) {
            LOG.log(Level.WARNING, "Could not email the therapist about a red flag of patient {0}: {1}", new Object[] {
                report.patientId(), e.getMessage()
            });
        }
    }
}
