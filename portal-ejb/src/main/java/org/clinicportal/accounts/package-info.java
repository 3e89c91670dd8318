/**
 * Login accounts in Keycloak for the clinic's people, managed through keycloak-admin-client with
 * a service-account client that holds only the user-management rights it needs.
 *
 * <p>Depends on {@code language}, {@code mail}, {@code message}, {@code security}; none of them depends back on it
 * (FeatureDependenciesTest).
 */
package org.clinicportal.accounts;
