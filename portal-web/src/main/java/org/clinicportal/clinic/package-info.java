/**
 * The platform admin's screen of clinics.
 *
 * <p>Depends on {@code accounts}, {@code training}, {@code web}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.clinic;
