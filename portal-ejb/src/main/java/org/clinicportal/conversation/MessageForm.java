package org.clinicportal.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;
import org.clinicportal.input.PlainText;

/**
 * A message being written. The form carries its own id from the moment it is opened, so that sending it twice (a
 * double click, a form sent again after a lost answer) stores it once.
 */
public class MessageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String submission = UUID.randomUUID().toString();

    @NotBlank(message = "{message.body}")
    @Size(max = Message.BODY_LENGTH, message = "{message.body}")
    @PlainText
    private String body;

    public String getSubmission() {
        return submission;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
