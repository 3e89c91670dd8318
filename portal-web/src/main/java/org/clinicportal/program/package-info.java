/**
 * The screens of home programs: the exercise library and templates for therapists, the program
 * editor on a patient, and the patient's today, whole program and printable handout.
 *
 * <p>Depends on {@code illustration}, {@code language}, {@code patient}, {@code persistence}, {@code preference},
 * {@code tenancy}, {@code training}, {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.program;
