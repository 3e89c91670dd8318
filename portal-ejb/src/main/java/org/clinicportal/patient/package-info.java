/**
 * The patient registry of a clinic: registering, finding and correcting patients. Every method
 * is scoped to the caller's clinic; clinical reads and changes are audited.
 *
 * <p>Depends on {@code accounts}, {@code input}, {@code message}, {@code persistence}, {@code person},
 * {@code security}, {@code staff}, {@code tenancy}, {@code trail}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.patient;
