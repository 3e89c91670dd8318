package org.clinicportal.conversation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's messages with their clinic. */
@Named
@ViewScoped
public class MyConversation extends ConversationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Conversations conversations;

    public void load() throws Exception {
        if (getView() == null) {
            show();
        }
    }

    @Override
    ConversationView read(int latest) {
        return conversations.mine(latest);
    }

    @Override
    void send(MessageForm form) {
        conversations.sendToClinic(form);
    }
}
