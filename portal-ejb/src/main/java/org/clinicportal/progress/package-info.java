/**
 * The services of progress: what patients log from home, outcome measures, the alerts the rules
 * raise, and the therapist's caseload and progress views. Patients reach only their own record. Uses patient,
 * intake and program (what was asked, to judge what was done); none of them uses progress.
 *
 * <p>Depends on {@code alert}, {@code input}, {@code intake}, {@code language}, {@code message}, {@code patient},
 * {@code persistence}, {@code program}, {@code reference}, {@code security}, {@code tenancy}, {@code trail},
 * {@code training}; none of them depends back on it (FeatureDependenciesTest). Its red-flag event is emailed by
 * {@code reminder}.
 */
package org.clinicportal.progress;
