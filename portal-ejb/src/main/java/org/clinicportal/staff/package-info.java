/**
 * The clinic admin's staff accounts: Keycloak logins and the portal's staff records, changed
 * together, only ever within the admin's own clinic.
 *
 * <p>Depends on {@code accounts}, {@code input}, {@code message}, {@code person}, {@code security},
 * {@code tenancy}, {@code trail}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.staff;
