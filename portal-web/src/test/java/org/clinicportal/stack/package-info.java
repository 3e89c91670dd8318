/**
 * The portal's local stack: a real PostgreSQL (embedded binaries), a real Keycloak (the server
 * distribution) and Payara Micro with the built WAR, all on 127.0.0.1. The run command and the
 * integration tests both start it from here; production points at external servers instead.
 */
package org.clinicportal.stack;
