/**
 * Clinics, the portal's tenants: their identity (slug), name and local settings. A clinic is
 * platform data, not owned by any clinic, so nothing here is tenant-filtered.
 */
package org.clinicportal.clinic;
