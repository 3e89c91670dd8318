/**
 * The audit trail's entries: who did what to which record, when and from where, chained so that a changed or
 * removed entry shows. Every feature writes them; the audit feature reads them.
 *
 * <p>Depends on {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.trail;
