/**
 * Whether this node should get traffic (readiness) and whether it is alive (liveness), for the load
 * balancer and the container runtime; served by Payara Micro at {@code /health}. No personal data here.
 *
 * <p>Depends on {@code persistence}, {@code security}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.health;
