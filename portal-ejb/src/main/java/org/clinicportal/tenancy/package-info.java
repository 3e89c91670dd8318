/**
 * Enforcement of clinic isolation: every EJB call scopes its persistence context to the
 * caller's clinic, and every database connection tells PostgreSQL's row-level security the same.
 * An id beyond the caller's reach is not found, exactly as one that does not exist. Also the caller's clinic as
 * the features read it: its name, time zone and calendar day.
 *
 * <p>Depends on {@code message}, {@code security}, {@code training}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.tenancy;
