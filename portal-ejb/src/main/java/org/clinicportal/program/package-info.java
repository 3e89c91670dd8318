/**
 * The services of home programs: the exercise library, program templates, assigning a program to a
 * patient, and the patient's own view of it. Each service checks the caller's role and clinic;
 * the patient service also checks that the program is the caller's own. Uses patient and intake (a program is
 * assigned to a patient after the intake), never progress: progress reads the programs and the days they have due.
 *
 * <p>Depends on {@code input}, {@code intake}, {@code language}, {@code message}, {@code patient},
 * {@code persistence}, {@code security}, {@code tenancy}, {@code trail}, {@code training}; none of them depends back
 * on it (FeatureDependenciesTest).
 */
package org.clinicportal.program;
