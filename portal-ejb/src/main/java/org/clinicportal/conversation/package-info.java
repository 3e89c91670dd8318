/**
 * The services of messages between a patient and their clinic's therapists: each side reads and writes one
 * conversation per patient, marks it read, and the other side is told of a new message by email.
 *
 * <p>Depends on {@code input}, {@code patient}, {@code security}, {@code tenancy}, {@code trail}; none of them
 * depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.conversation;
