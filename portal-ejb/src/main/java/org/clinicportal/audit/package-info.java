/** Writing the audit trail from inside the services' transactions. */
package org.clinicportal.audit;
