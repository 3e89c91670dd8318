/** The clinic's staff as the portal records them; their logins live in Keycloak. */
package org.clinicportal.staff;
