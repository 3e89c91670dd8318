/** The clinic admin's view of the audit log, on screen and as CSV. */
package org.clinicportal.audit;
