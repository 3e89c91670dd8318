/**
 * The screens of progress: the patient's logs (by form, or by the guided session through today's exercises),
 * questionnaire, symptoms report and charts; the therapist's home with its caseload dashboard, and the progress
 * section of the patient page.
 *
 * <p>Depends on {@code alert}, {@code input}, {@code intake}, {@code patient}, {@code persistence},
 * {@code preference}, {@code program}, {@code record}, {@code training}, {@code web}; none of them depends back on
 * it (FeatureDependenciesTest).
 */
package org.clinicportal.progress;
