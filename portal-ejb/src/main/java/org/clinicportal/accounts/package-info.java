/**
 * Login accounts in Keycloak for the clinic's people, managed through keycloak-admin-client with
 * a service-account client that holds only the user-management rights it needs.
 */
package org.clinicportal.accounts;
