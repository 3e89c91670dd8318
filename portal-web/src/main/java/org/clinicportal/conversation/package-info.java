/**
 * The pages of messages: the patient's conversation with their clinic, a therapist's with one patient, and the
 * patient's unread badge.
 *
 * <p>Depends on {@code patient}, {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.conversation;
