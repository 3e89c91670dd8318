/**
 * Login through Keycloak (OpenID Connect authorization-code flow), the roles it asserts, and the
 * routing of each role to its own area. Authorization of data stays in the services.
 */
package org.clinicportal.security;
