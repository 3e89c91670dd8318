package org.clinicportal.program;

import java.io.Serializable;

/** What the clinic's picture or video of an exercise is, for its address and headers: not its bytes. */
public record MediumView(long exerciseId, MediaType type, int sizeBytes, long version) implements Serializable {}
