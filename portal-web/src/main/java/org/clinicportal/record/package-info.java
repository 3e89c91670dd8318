/**
 * The patient page: one patient's record as the therapist reads it — profile, visits, referrals, program.
 *
 * <p>Depends on {@code accounts}, {@code intake}, {@code patient}, {@code persistence}, {@code program},
 * {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.record;
