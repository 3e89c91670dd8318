/**
 * The initial evaluation of a runner with hip pain: subjective findings, the red-flag screen,
 * objective tests and the working hypotheses, with the rules that read them (referral, ramp,
 * suggested hypotheses). Clinical wording lives in the clinical_term reference table.
 */
package org.clinicportal.intake;
