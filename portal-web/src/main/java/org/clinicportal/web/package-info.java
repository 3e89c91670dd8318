/**
 * What every screen shares: the signed-in user's header, sign-out, security headers on every
 * response. Feature screens live in their feature's package, not here.
 */
package org.clinicportal.web;
