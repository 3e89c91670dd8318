package org.clinicportal.patient;

/** A patient's portal login as the clinic admin sees it: whose, which username, and whether it may sign in. */
public record PortalAccountView(long patientId, String patientName, String username, boolean enabled) {}
