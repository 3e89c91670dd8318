/**
 * The languages the portal speaks, each with its locale.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.language;
