/** The portal's own email: one SMTP session from the PORTAL_SMTP_* settings, the same server Keycloak sends through. */
package org.clinicportal.mail;
