/** The therapist's intake screens: recording a draft, red flags and their alerts, signing, addenda. */
package org.clinicportal.intake;
