/**
 * Reading the audit trail: the clinic admin's log with its integrity check, and a patient's own record accesses.
 *
 * <p>Depends on {@code input}, {@code patient}, {@code security}, {@code staff}, {@code tenancy}, {@code trail};
 * none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.audit;
