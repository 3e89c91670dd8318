/**
 * Enforcement of clinic isolation: every EJB call scopes its persistence context to the
 * caller's clinic, and every database connection tells PostgreSQL's row-level security the same.
 * An id beyond the caller's reach is not found, exactly as one that does not exist.
 */
package org.clinicportal.tenancy;
