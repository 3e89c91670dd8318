/**
 * The services of home programs: the exercise library, program templates, assigning a program to a
 * patient, and the patient's own view of it. Each service checks the caller's role and clinic;
 * the patient service also checks that the program is the caller's own.
 */
package org.clinicportal.program;
