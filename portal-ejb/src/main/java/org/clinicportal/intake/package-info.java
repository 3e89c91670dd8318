/**
 * Recording a runner's intake: drafting it section by section, the referral alerts its red-flag
 * screen raises, signing, and addenda to a signed intake.
 */
package org.clinicportal.intake;
