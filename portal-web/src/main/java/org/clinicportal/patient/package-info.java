/**
 * The therapist's patient screens: the clinic's list, registering and correcting, portal logins.
 *
 * <p>Depends on {@code input}, {@code persistence}, {@code web}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.patient;
