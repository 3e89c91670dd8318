/**
 * The platform admin's clinics: onboarding a clinic with its first admin, pausing and resuming it.
 *
 * <p>Depends on {@code accounts}, {@code input}, {@code message}, {@code security}, {@code staff}, {@code tenancy},
 * {@code trail}, {@code training}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.clinic;
