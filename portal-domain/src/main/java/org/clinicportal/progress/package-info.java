/**
 * What happens between visits: the patient's session and run logs, outcome measures (LEFS, HOOS-12,
 * pain) with their scoring and change judgements, adherence, and the alert rules the therapist is
 * warned by. Screens and services live in the other modules' {@code progress}.
 *
 * <p>Depends on {@code alert}, {@code tenancy}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.progress;
