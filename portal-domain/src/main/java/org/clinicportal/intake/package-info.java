/**
 * The initial evaluation of a runner with hip pain: subjective findings, the red-flag screen,
 * objective tests and the working hypotheses, with the rules that read them (referral, ramp,
 * suggested hypotheses). Clinical wording lives in the clinical_term reference table.
 *
 * <p>Depends on {@code alert}, {@code tenancy}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.intake;
