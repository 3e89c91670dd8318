package org.clinicportal.conversation;

import java.util.List;

/**
 * The latest messages of a patient's conversation, oldest first.
 *
 * @param patientName whom it is with, for the therapist's page
 * @param earlier whether older messages than these exist
 */
public record ConversationView(long patientId, String patientName, List<MessageView> messages, boolean earlier) {}
