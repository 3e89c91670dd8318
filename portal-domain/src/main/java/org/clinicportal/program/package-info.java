/**
 * Home programs: the exercise library (shared and clinic-owned, the shared one worded in each of the portal's
 * languages), program templates, and the program assigned to a patient with its versions and the exercises it has
 * due each day, plus the rules of when an exercise is due and where the return-to-run ramp stands. Screens and
 * services live in the other modules' {@code program}.
 *
 * <p>Depends on {@code tenancy}, {@code training}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.program;
