package org.clinicportal.accounts;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.mail.PortalLinks;
import org.clinicportal.security.OidcSettings;
import org.clinicportal.security.SignIns;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates and changes Keycloak accounts for the portal's services, inside their transactions: a
 * created account is removed again if the transaction that created it does not commit, so the
 * portal's records and Keycloak never disagree. Keycloak being unreachable is reported with its address.
 */
@ApplicationScoped
public class Accounts {

    /**
     * The Keycloak group of every clinic's staff and patients. The portal's service account manages the members of
     * this group and no other account, and grants them clinic roles only (docker/keycloak/bootstrap.sh).
     */
    static final String CLINIC_USERS = "/clinic-users";

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    /** How long an invitation's link works: three days to find the email and open it. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    @Inject
    private KeycloakConnection keycloak;

    @Inject
    private SignIns signIns;

    @Inject
    private OidcSettings oidc;

    @Inject
    private PortalLinks links;

    @Inject
    private CallersLanguage callersLanguage;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** What a new account is made of. */
    public record NewAccount(
            String username, String givenName, String familyName, String email, String clinic, String realmRole) {}

    /**
     * Has Keycloak email the account's holder a link to choose their password (again): a new link, valid for
     * {@link #INVITATION_VALIDITY}; an earlier one keeps working until it expires or is used.
     */
    public Invitation sendInvitation(String id) throws AccountException {
        OffsetDateTime expiresAt = OffsetDateTime.now(ZoneOffset.UTC).plus(INVITATION_VALIDITY);
        try {
            UserResource user = keycloak.realm().users().get(id);
            user.executeActionsEmail(
                    oidc.getClientId(),
                    links.home(),
                    (int) INVITATION_VALIDITY.toSeconds(),
                    List.of("UPDATE_PASSWORD"));
            UserRepresentation holder = user.toRepresentation();
            return new Invitation(id, holder.getUsername(), holder.getEmail(), expiresAt);
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("invite", e);
        }
    }

    /**
     * Creates an enabled account without a password, which its holder chooses through {@link #sendInvitation}; the
     * account is removed again if the transaction does not commit. Keycloak writes to its holder — the invitation,
     * its own pages — in the language of the page that created it, the best guess of the language they share.
     *
     * @return the account's Keycloak id
     */
    public String create(NewAccount account) throws AccountException {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEnabled(true);
        user.setFirstName(account.givenName());
        user.setLastName(account.familyName());
        user.setEmail(account.email());
        user.setAttributes(Map.of(
                "clinic",
                List.of(account.clinic()),
                "locale",
                List.of(callersLanguage.get().locale().getLanguage())));
        user.setGroups(List.of(CLINIC_USERS));
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        try {
            RealmResource realm = keycloak.realm();
            String id;
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new AccountException("account.refused.exists", account.username());
                }
                if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw new AccountException("account.refused.notCreated", response.getStatus());
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            transactions.registerInterposedSynchronization(new RemoveUnlessCommitted(id));
            realm.users().get(id).roles().realmLevel().add(List.of(realmRole(account.realmRole())));
            return id;
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("create", e);
        }
    }

    /** The account with exactly this username, as Keycloak has it (attributes included). */
    public UserRepresentation find(String username) throws AccountException {
        try {
            return keycloak.realm().users().search(username, true).stream()
                    .filter(user -> username.equals(user.getUsername()))
                    .findFirst()
                    .orElseThrow(() -> new AccountException("account.refused.noAccount", username));
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("read", e);
        }
    }

    /** The realm roles the account holds directly. */
    public List<String> realmRoles(String id) throws AccountException {
        try {
            return keycloak.realm().users().get(id).roles().realmLevel().listAll().stream()
                    .map(RoleRepresentation::getName)
                    .toList();
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("readRoles", e);
        }
    }

    /** The accounts of a clinic that hold the realm role and have not chosen a password yet. */
    public List<UserRepresentation> invitedBy(String clinic, String realmRole) throws AccountException {
        return holdersOf(realmRole).stream()
                .filter(user -> user.getAttributes() != null
                        && List.of(clinic).equals(user.getAttributes().get("clinic")))
                .filter(user -> user.getRequiredActions() != null
                        && user.getRequiredActions().contains("UPDATE_PASSWORD"))
                .toList();
    }

    /** Every account holding the realm role, with their attributes. */
    public List<UserRepresentation> holdersOf(String realmRole) throws AccountException {
        try {
            return keycloak.realm().roles().get(realmRole).getUserMembers(false, 0, 10_000);
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("list", e);
        }
    }

    /** Whether the account may sign in, as Keycloak has it now. */
    public boolean isEnabled(String id) throws AccountException {
        try {
            return Boolean.TRUE.equals(
                    keycloak.realm().users().get(id).toRepresentation().isEnabled());
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("read", e);
        }
    }

    /** Lets the account sign in, or stops it: a disabled account is also signed out everywhere at once. */
    public void setEnabled(String id, boolean enabled) throws AccountException {
        try {
            UserRepresentation user = keycloak.realm().users().get(id).toRepresentation();
            user.setEnabled(enabled);
            keycloak.realm().users().get(id).update(user);
        } catch (ProcessingException | WebApplicationException e) {
            throw failed(enabled ? "enable" : "disable", e);
        }
        if (!enabled) {
            signOutEverywhere(id);
        }
    }

    /**
     * Ends every portal session of a platform admin. The account service may not touch a platform admin's Keycloak
     * account: their Keycloak session in this browser ends with the sign-out, others in Keycloak's console.
     */
    public void endPortalSessions(String id) {
        signIns.endAll(id);
    }

    /**
     * Ends every portal session of the account and every Keycloak session, so that no browser is signed in again
     * without the password. The portal's sessions end first: they end even when Keycloak cannot be reached.
     */
    public void signOutEverywhere(String id) throws AccountException {
        signIns.endAll(id);
        try {
            keycloak.realm().users().get(id).logout();
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("signOut", e);
        }
    }

    /** Moves the account from one realm role to another. */
    public void replaceRole(String id, String from, String to) throws AccountException {
        try {
            var roles = keycloak.realm().users().get(id).roles().realmLevel();
            roles.add(List.of(realmRole(to)));
            roles.remove(List.of(realmRole(from)));
        } catch (ProcessingException | WebApplicationException e) {
            throw failed("changeRole", e);
        }
    }

    private RoleRepresentation realmRole(String name) {
        return keycloak.realm().roles().get(name).toRepresentation();
    }

    /** Keycloak could not be reached, or answered with an error: the log says which, the user what failed. */
    private AccountException failed(String attempt, RuntimeException e) {
        LOG.log(Level.WARNING, "Keycloak at {0} failed to {1}: {2}", new Object[] {keycloak.serverUrl(), attempt, e});
        return new AccountException(e, "account.failed." + attempt);
    }

    private void removeQuietly(String id) {
        try {
            keycloak.realm().users().delete(id).close();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not remove the half-created Keycloak account {0}: {1}", new Object[] {id, e});
        }
    }

    /** Takes a new account back if the transaction that made it does not commit. */
    private final class RemoveUnlessCommitted implements Synchronization {

        private final String id;

        RemoveUnlessCommitted(String id) {
            this.id = id;
        }

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                removeQuietly(id);
            }
        }
    }
}
