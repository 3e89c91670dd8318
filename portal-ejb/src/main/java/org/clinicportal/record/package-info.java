/**
 * The therapist's patient page as one unit: what it shows first, read in one transaction.
 *
 * <p>Depends on {@code intake}, {@code patient}, {@code program}, {@code security}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.record;
