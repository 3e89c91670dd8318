/**
 * Login through Keycloak (OpenID Connect authorization-code flow), the roles it asserts, and the
 * routing of each role to its own area. Authorization of data stays in the services.
 *
 * <p>Depends on {@code language}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.security;
