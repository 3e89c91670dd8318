/** The therapist's patient screens: the clinic's list, registering and correcting, the patient page. */
package org.clinicportal.patient;
