/**
 * The audit trail: who did what, when, to which record and from where. Entries are only ever
 * added; nothing in the application changes or removes them.
 */
package org.clinicportal.audit;
