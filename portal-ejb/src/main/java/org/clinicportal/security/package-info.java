/**
 * Who is calling: the roles of the portal and the authenticated caller with their clinic, as
 * the identity provider asserted them. Nothing here trusts a request parameter.
 */
package org.clinicportal.security;
