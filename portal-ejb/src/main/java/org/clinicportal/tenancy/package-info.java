/**
 * Enforcement of clinic isolation: every EJB call scopes its persistence context to the
 * caller's clinic, and every database connection tells PostgreSQL's row-level security the same.
 */
package org.clinicportal.tenancy;
