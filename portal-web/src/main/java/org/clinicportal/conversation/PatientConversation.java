package org.clinicportal.conversation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicportal.patient.PatientNotFoundException;

/** A therapist's page of messages with one patient of the clinic. */
@Named
@ViewScoped
public class PatientConversation extends ConversationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Conversations conversations;

    private Long patientId;

    public void load() throws Exception {
        if (getView() == null) {
            show();
        }
    }

    @Override
    ConversationView read(int latest) throws PatientNotFoundException {
        return conversations.withPatient(patientId == null ? -1 : patientId, latest);
    }

    @Override
    void send(MessageForm form) throws PatientNotFoundException {
        conversations.sendToPatient(patientId == null ? -1 : patientId, form);
    }

    public Long getId() {
        return patientId;
    }

    public void setId(Long id) {
        this.patientId = id;
    }
}
