/**
 * The integration tests' hold on the local stack: {@code StackSession} starts it once per test run, and the
 * tests reach its Keycloak ({@code KeycloakAdmin}) and its mail server ({@code Mailbox}) as an operator would.
 */
package org.clinicportal.it;
