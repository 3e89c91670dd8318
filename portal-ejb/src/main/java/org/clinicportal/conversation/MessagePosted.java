package org.clinicportal.conversation;

/**
 * A message was stored. When it is the first the other side has not read, they are told by email (without its
 * words); further ones wait until they have read.
 *
 * @param to the side it is for
 */
public record MessagePosted(String clinic, long patientId, Side to, boolean firstUnread) {}
