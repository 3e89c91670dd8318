/**
 * What every alert shares, whatever raised it: raised for a patient at a moment, open until a therapist
 * acknowledges it, once. A red flag ({@code intake}) and a progress warning ({@code progress}) add only what is
 * their own. Depends on no other feature.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.alert;
