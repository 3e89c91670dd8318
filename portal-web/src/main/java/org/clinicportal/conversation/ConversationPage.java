package org.clinicportal.conversation;

import jakarta.ejb.EJBException;
import java.io.Serializable;
import org.clinicportal.web.Violations;

/**
 * What both sides' conversation pages do: show the latest messages, more on request, and send one. A sent message
 * clears the field; a refused one keeps what was typed, with the reason beside it.
 */
abstract class ConversationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Messages a page shows at first, and how many more each "earlier messages" adds. */
    static final int PAGE = 30;

    private int latest = PAGE;
    private ConversationView view;
    private MessageForm form = new MessageForm();

    /** Reads the conversation (which marks it read for the reader's side). */
    abstract ConversationView read(int latest) throws Exception;

    abstract void send(MessageForm form) throws Exception;

    void show() throws Exception {
        view = read(latest);
    }

    public void earlier() throws Exception {
        latest = Math.min(latest + PAGE, Conversations.MOST_SHOWN);
        show();
    }

    public void sendMessage() throws Exception {
        try {
            send(form);
            form = new MessageForm();
            show();
        } catch (EJBException e) {
            Violations.report(e);
        }
    }

    public ConversationView getView() {
        return view;
    }

    public MessageForm getForm() {
        return form;
    }

    public int getBodyLength() {
        return Message.BODY_LENGTH;
    }
}
