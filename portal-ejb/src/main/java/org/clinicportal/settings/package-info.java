/**
 * The settings the portal reads from its environment, and the refusal to start without the ones it needs.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.settings;
