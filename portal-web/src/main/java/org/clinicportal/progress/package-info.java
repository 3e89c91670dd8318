/**
 * The screens of progress: the patient's logs, questionnaire, symptoms report and charts; the
 * therapist's caseload dashboard and the progress section of the patient page.
 */
package org.clinicportal.progress;
