/**
 * What happens between visits: the patient's session and run logs, outcome measures (LEFS, HOOS-12,
 * pain) with their scoring and change judgements, adherence, and the alert rules the therapist is
 * warned by. Screens and services live in the other modules' {@code progress}.
 */
package org.clinicportal.progress;
