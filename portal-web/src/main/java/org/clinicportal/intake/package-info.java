/**
 * The therapist's intake screens: recording a draft, red flags and their alerts, signing, addenda.
 *
 * <p>Depends on {@code alert}, {@code input}, {@code language}, {@code message}, {@code reference},
 * {@code training}, {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.intake;
