/**
 * Patients of a clinic: identity and status. Every patient is clinic-owned; clinical records
 * (intake, programs, progress) refer to a patient and live in their own packages.
 */
package org.clinicportal.patient;
