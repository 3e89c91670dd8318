/** The clinic admin's screen of staff accounts. */
package org.clinicportal.staff;
