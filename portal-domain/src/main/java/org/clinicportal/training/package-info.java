/**
 * Training-load rules shared by intake, programs and progress: distances stored in one unit,
 * the 10 % weekly ramp, and when running shoes are worn out. Plain Java, no persistence logic.
 */
package org.clinicportal.training;
