/** The platform admin's screen of clinics. */
package org.clinicportal.clinic;
