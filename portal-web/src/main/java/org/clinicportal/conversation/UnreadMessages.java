package org.clinicportal.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's badge of messages from the clinic they have not read, read once per request. */
@Named
@RequestScoped
public class UnreadMessages {

    @Inject
    private Conversations conversations;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = conversations.unreadForMe();
        }
        return count;
    }
}
