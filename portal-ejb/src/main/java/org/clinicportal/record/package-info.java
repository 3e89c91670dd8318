/** The therapist's patient page as one unit: what it shows first, read in one transaction. */
package org.clinicportal.record;
