/**
 * Patients of a clinic: identity and status. Every patient is clinic-owned; clinical records
 * (intake, programs, progress) refer to a patient and live in their own packages.
 *
 * <p>Depends on {@code person}, {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.patient;
