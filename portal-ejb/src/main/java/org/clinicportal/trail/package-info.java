/**
 * Writing the audit trail from inside the services' transactions, and noting sign-ins. Every feature writes
 * through here; reading the trail is the audit feature's.
 *
 * <p>Depends on {@code security}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.trail;
