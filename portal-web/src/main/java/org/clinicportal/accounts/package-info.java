/**
 * The signed-in user's own account: signing out of it everywhere, in the portal and in Keycloak.
 *
 * <p>Depends on {@code security}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.accounts;
