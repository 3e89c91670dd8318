/**
 * Training-load rules and running terms shared by intake, programs and progress: distances stored in one unit,
 * the surfaces run on, the 10 % weekly ramp, and when running shoes are worn out. Plain Java, no persistence logic.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.training;
