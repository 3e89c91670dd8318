/**
 * The patient registry of a clinic: registering, finding and correcting patients. Every method
 * is scoped to the caller's clinic; clinical reads and changes are audited.
 */
package org.clinicportal.patient;
