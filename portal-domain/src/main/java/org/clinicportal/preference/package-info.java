/**
 * A signed-in user's own settings, such as the distance unit and the language; kept per clinic and username.
 *
 * <p>Depends on {@code language}, {@code tenancy}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.preference;
