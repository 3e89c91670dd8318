package org.clinicportal.security;

/**
 * The caller has just signed in, once per session: fired by the sign-in's landing page for whoever keeps a record of
 * it (the audit trail), so that security depends on none of them.
 */
public record SignedIn() {}
