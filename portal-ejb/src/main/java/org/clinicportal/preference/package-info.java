/**
 * Reads and stores the signed-in user's own settings, within their clinic.
 *
 * <p>Depends on {@code language}, {@code security}, {@code tenancy}, {@code training}; none of them depends back on
 * it (FeatureDependenciesTest).
 */
package org.clinicportal.preference;
