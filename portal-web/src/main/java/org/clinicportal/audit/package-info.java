/**
 * The clinic admin's view of the audit log, on screen and as CSV; a patient's view of who opened their record.
 *
 * <p>Depends on {@code language}, {@code trail}, {@code web}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.audit;
