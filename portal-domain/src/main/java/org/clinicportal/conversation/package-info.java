/**
 * Messages between a patient and their clinic's therapists: one conversation per patient, the clinic's side shared
 * by its therapists, and how far each side has read it.
 *
 * <p>Depends on {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.conversation;
