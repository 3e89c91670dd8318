/**
 * The services of progress: what patients log from home, outcome measures, the alerts the rules
 * raise, and the therapist's caseload and progress views. Patients reach only their own record. Uses patient,
 * intake and program (what was asked, to judge what was done); none of them uses progress.
 */
package org.clinicportal.progress;
