/**
 * The portal's local stack: a real PostgreSQL (embedded binaries), a real Keycloak (the server
 * distribution), a development mail server, HAProxy and Payara Micro with the built WAR, all on 127.0.0.1. The run
 * command ({@code RunPortal}) and the integration tests (portal-it) both start it from here; production points at
 * external servers instead.
 */
package org.clinicportal.stack;
