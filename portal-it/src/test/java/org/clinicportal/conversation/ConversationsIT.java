package org.clinicportal.conversation;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicportal.audit.AuditProbe;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.progress.CaseloadFilter;
import org.clinicportal.progress.CaseloadOrder;
import org.clinicportal.progress.CaseloadRow;
import org.clinicportal.progress.ProgressReview;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages in Payara against PostgreSQL: both ways with their unread counts (the patient's badge and the caseload's),
 * a message sent twice stored once, input refused with nothing stored, the audit log, and every refusal across
 * clinics, roles and patients.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationsIT {

    private static final String CLINIC = "northside";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class, AuditProbe.class);
    }

    @EJB
    private Conversations conversations;

    @EJB
    private PatientRegistry registry;

    @EJB
    private ProgressReview review;

    @EJB
    private TenancyProbe probe;

    @EJB
    private AuditProbe audit;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    private String family;
    private long runner;
    private String account;

    @BeforeEach
    void aRunnerWithAPortalLogin() throws Exception {
        caller.actFor(CLINIC);
        family = "Message" + UUID.randomUUID().toString().substring(0, 8);
        PatientDetails details = new PatientDetails();
        details.setGivenName("Noa");
        details.setFamilyName(family);
        details.setDateOfBirth(LocalDate.of(1990, 1, 9));
        runner = therapist.call(() -> registry.register(details));
        account = UUID.randomUUID().toString();
        therapist.call(() -> {
            probe.nativeLinkPortalAccount(runner, account);
            return null;
        });
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aMessageGoesBothWaysAndEachSideSeesWhatIsNewUntilItReadsIt() throws Exception {
        asRunner();
        patient.call(() -> {
            conversations.sendToClinic(form("Is it fine to run on the day after the bridges?"));
            return null;
        });
        assertEquals(0, patient.call(() -> conversations.unreadForMe()), "one's own message is not new to oneself");

        caller.actFor(CLINIC);
        assertEquals(1, onCaseload().unreadMessages(), "the caseload shows it");
        ConversationView seen = therapist.call(() -> conversations.withPatient(runner, 30));
        assertEquals("Noa " + family, seen.patientName());
        MessageView question = seen.messages().get(0);
        assertEquals(Side.PATIENT, question.side());
        assertTrue(question.unread(), "new when first shown");
        assertFalse(question.mine());
        assertEquals(0, onCaseload().unreadMessages(), "read for the whole clinic once a therapist opened it");

        therapist.call(() -> {
            conversations.sendToPatient(runner, form("Yes, an easy run is fine; keep the pain at 3 or below."));
            return null;
        });
        asRunner();
        assertEquals(1, patient.call(() -> conversations.unreadForMe()));
        ConversationView mine = patient.call(() -> conversations.mine(30));
        assertEquals(
                List.of(
                        "Is it fine to run on the day after the bridges?",
                        "Yes, an easy run is fine; keep the pain at 3 or below."),
                mine.messages().stream().map(MessageView::body).toList(),
                "oldest first");
        assertTrue(mine.messages().get(0).mine());
        assertTrue(mine.messages().get(1).unread());
        assertEquals(0, patient.call(() -> conversations.unreadForMe()));

        caller.actFor(CLINIC);
        List<String> trail = therapist.call(() -> audit.actionsFor(runner));
        assertTrue(trail.contains("MESSAGE_SENT by test-northside"), trail.toString());
        assertTrue(trail.contains("MESSAGES_READ by test-northside"), trail.toString());
    }

    @Test
    void aMessageSentTwiceIsStoredOnce() throws Exception {
        asRunner();
        MessageForm form = form("My knee hurts a little after the step-downs.");
        patient.call(() -> {
            conversations.sendToClinic(form);
            return null;
        });
        patient.call(() -> {
            conversations.sendToClinic(form);
            return null;
        });
        assertEquals(1, patient.call(() -> conversations.mine(30)).messages().size());
    }

    @Test
    void onlyTheLatestAreShownWithAWayToTheEarlierOnes() throws Exception {
        asRunner();
        for (int i = 1; i <= 3; i++) {
            String text = "Message " + i;
            patient.call(() -> {
                conversations.sendToClinic(form(text));
                return null;
            });
        }
        ConversationView latest = patient.call(() -> conversations.mine(2));
        assertEquals(
                List.of("Message 2", "Message 3"),
                latest.messages().stream().map(MessageView::body).toList());
        assertTrue(latest.earlier());
        assertFalse(patient.call(() -> conversations.mine(3)).earlier());
    }

    @Test
    void anEmptyOrOverlongMessageIsRefusedAndNothingIsStored() throws Exception {
        asRunner();
        assertInvalid(() -> patient.call(() -> {
            conversations.sendToClinic(form("   "));
            return null;
        }));
        assertInvalid(() -> patient.call(() -> {
            conversations.sendToClinic(form("x".repeat(Message.BODY_LENGTH + 1)));
            return null;
        }));
        assertInvalid(() -> patient.call(() -> {
            conversations.sendToClinic(form("hidden\u0007bell"));
            return null;
        }));
        assertTrue(patient.call(() -> conversations.mine(30)).messages().isEmpty());
        assertInvalid(() -> patient.call(() -> conversations.mine(0)));
    }

    @Test
    void anotherClinicAnotherRoleAndAnonymousReachNoConversation() throws Exception {
        caller.actFor("harbor");
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> conversations.withPatient(runner, 30)));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> {
                    conversations.sendToPatient(runner, form("From another clinic"));
                    return null;
                }));
        caller.actFor("harbor", account);
        assertThrows(
                EJBException.class, () -> patient.call(() -> conversations.mine(30)), "not their clinic's patient");

        caller.actFor(CLINIC);
        assertRefused(() -> clinicAdmin.call(() -> conversations.withPatient(runner, 30)));
        assertRefused(() -> patient.call(() -> conversations.withPatient(runner, 30)));
        assertRefused(() -> therapist.call(() -> conversations.mine(30)));
        assertRefused(() -> conversations.withPatient(runner, 30));
        assertRefused(() -> conversations.unreadForMe());

        caller.actFor(CLINIC);
        assertTrue(
                therapist
                        .call(() -> conversations.withPatient(runner, 30))
                        .messages()
                        .isEmpty(),
                "nothing arrived");
    }

    private void asRunner() {
        caller.actFor(CLINIC, account);
    }

    private CaseloadRow onCaseload() throws Exception {
        CaseloadFilter filter = new CaseloadFilter();
        filter.setEveryone(true);
        filter.setName(family);
        return therapist.call(() -> review.caseload(filter, CaseloadOrder.NAME, true, 0, 10)).stream()
                .filter(row -> row.patientId() == runner)
                .findFirst()
                .orElseThrow();
    }

    private static MessageForm form(String body) {
        MessageForm form = new MessageForm();
        form.setBody(body);
        return form;
    }
}
