/**
 * What every screen shares: the signed-in user's header, sign-out, security headers on every
 * response. Feature screens live in their feature's package, not here.
 *
 * <p>Depends on {@code input}, {@code language}, {@code message}, {@code persistence}, {@code security},
 * {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.web;
