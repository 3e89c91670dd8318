/**
 * The signed-in user's own settings on screen, such as miles or kilometres.
 *
 * <p>Depends on {@code language}, {@code security}, {@code training}, {@code web}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.preference;
