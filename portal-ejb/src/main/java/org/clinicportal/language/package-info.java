/**
 * Which language a browser reads: the one chosen in its session, else the best of its Accept-Language; and the
 * caller's language for what the services write for them.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.language;
