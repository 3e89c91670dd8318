package org.clinicportal.progress;

import java.time.LocalDate;
import org.clinicportal.training.Distance;

/**
 * A calendar week's running.
 *
 * @param cap        the most the 10 % rule allows after the week before; null when the week before had no running
 * @param rampTarget the return-to-run ramp's most for the week; null outside the ramp's prescribed weeks
 */
public record WeekDistance(LocalDate monday, Distance distance, Distance cap, Distance rampTarget) {}
