/**
 * The screens of home programs: the exercise library and templates for therapists, the program
 * editor on a patient, and the patient's today, whole program and printable handout.
 */
package org.clinicportal.program;
