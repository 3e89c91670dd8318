/**
 * The portal's own email: one SMTP session from the PORTAL_SMTP_* settings, the same server Keycloak sends through.
 *
 * <p>Depends on {@code language}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.mail;
