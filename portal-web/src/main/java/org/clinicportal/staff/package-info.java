/**
 * The clinic admin's screen of staff accounts.
 *
 * <p>Depends on {@code accounts}, {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.staff;
