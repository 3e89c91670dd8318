package org.clinicportal.conversation;

import java.time.OffsetDateTime;

/**
 * A message as the reader sees it.
 *
 * @param mine whether the reader's side sent it
 * @param unread whether it came from the other side after the reader last read the conversation
 */
public record MessageView(
        long id, Side side, String authorName, String body, OffsetDateTime sentAt, boolean mine, boolean unread) {}
