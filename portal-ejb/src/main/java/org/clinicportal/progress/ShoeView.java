package org.clinicportal.progress;

import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.ShoeWear;

/** A pair of shoes in use, with the distance on it and where it stands against its replacement range. */
public record ShoeView(long id, String name, ShoeType type, Distance distance, ShoeWear.Status status) {}
