/**
 * The clinic's staff as the portal records them; their logins live in Keycloak.
 *
 * <p>Depends on {@code person}, {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.staff;
