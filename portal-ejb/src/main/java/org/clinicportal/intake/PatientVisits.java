package org.clinicportal.intake;

import java.util.List;

/**
 * A patient's visits for their page.
 *
 * @param intakes    every visit, newest first
 * @param comparison the first signed visit against the latest; null with fewer than two signed
 */
public record PatientVisits(List<IntakeSummary> intakes, VisitComparison comparison) {}
