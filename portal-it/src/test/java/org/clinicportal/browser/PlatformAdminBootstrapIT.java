package org.clinicportal.browser;

import java.util.UUID;
import org.clinicportal.it.Mailbox;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The first platform admin of a new installation, made as the README's production section says: the bootstrap
 * command creates the account and Keycloak emails a link; the admin chooses a password, enrols an authenticator
 * and lands on the platform administration.
 */
class PlatformAdminBootstrapIT extends Journey {

    @Test
    void theBootstrapCommandInvitesAPlatformAdminWhoSignsIn() throws Exception {
        PortalStack stack = StackSession.current();
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@example.org";

        stack.bootstrapPlatformAdmin(username, email, "Olu", "Adeyemi");
        String invitation = new Mailbox(stack.mailApiUrl()).latestActionLink(email, 0);

        browser.acceptInvitation(invitation, "a-new-secret-2");
        browser.signInOnKeycloaksForm(username, "a-new-secret-2");
        browser.enrolAuthenticator();
        browser.awaitText(By.id("page-title"), "Platform administration");
    }
}
