/**
 * The services of progress: what patients log from home, outcome measures, the alerts the rules
 * raise, and the therapist's caseload and progress views. Patients reach only their own record. Uses patient,
 * intake and program (what was asked, to judge what was done); none of them uses progress.
 *
 * <p>Depends on {@code alert}, {@code input}, {@code intake}, {@code language}, {@code mail}, {@code message},
 * {@code patient}, {@code persistence}, {@code preference}, {@code program}, {@code reference}, {@code security},
 * {@code staff}, {@code tenancy}, {@code trail}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.progress;
