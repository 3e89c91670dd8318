/**
 * Who is calling: the roles of the portal and the authenticated caller with their clinic, as
 * the identity provider asserted them. Nothing here trusts a request parameter.
 *
 * <p>Depends on {@code persistence}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.security;
