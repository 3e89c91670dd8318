/**
 * What describes a person, whoever they are to the clinic: a patient or a member of staff.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.person;
