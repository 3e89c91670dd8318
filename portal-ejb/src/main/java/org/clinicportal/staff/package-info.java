/**
 * The clinic admin's staff accounts: Keycloak logins and the portal's staff records, changed
 * together, only ever within the admin's own clinic.
 */
package org.clinicportal.staff;
