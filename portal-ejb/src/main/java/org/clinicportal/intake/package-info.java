/**
 * Recording a runner's intake: drafting it section by section, the referral alerts its red-flag
 * screen raises, signing, and addenda to a signed intake.
 *
 * <p>Depends on {@code alert}, {@code input}, {@code message}, {@code patient}, {@code persistence},
 * {@code security}, {@code tenancy}, {@code trail}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.intake;
