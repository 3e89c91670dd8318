package org.clinicportal.accounts;

import java.time.OffsetDateTime;

/**
 * An invitation Keycloak emailed: the account, its username, the address the link to choose a password went to,
 * and when that link stops working. The portal never sees or hands over a password.
 */
public record Invitation(String accountId, String username, String email, OffsetDateTime expiresAt) {}
