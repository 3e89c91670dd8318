/**
 * The services of progress: what patients log from home, outcome measures, the alerts the rules
 * raise, and the therapist's caseload and progress views. Patients reach only their own record.
 */
package org.clinicportal.progress;
