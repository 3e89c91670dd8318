/** Services over clinics, the tenants: looking them up for display and, later, onboarding them. */
package org.clinicportal.clinic;
