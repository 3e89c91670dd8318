package org.clinicportal.patient;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.accounts.KeycloakConnection;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Gives a patient their own login: a Keycloak account with the patient role and the clinic's
 * {@code clinic} attribute, a temporary password to change at first sign-in, linked to the
 * patient record. Keycloak and the database change together or not at all: if the link cannot
 * be stored, the new account is removed again.
 */
@Stateless
public class PortalAccess {

    private static final Logger LOG = Logger.getLogger(PortalAccess.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private KeycloakConnection keycloak;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @RolesAllowed(Role.THERAPIST_NAME)
    public PortalAccessGranted give(long patientId) throws PatientNotFoundException, PortalAccessException {
        Patient patient = entityManager.find(Patient.class, patientId);
        if (patient == null) {
            throw new PatientNotFoundException(patientId);
        }
        if (patient.portalAccount().isPresent()) {
            throw new PortalAccessException("This patient already has portal access.");
        }
        String clinic = caller.clinic().orElseThrow(() -> new PortalAccessException("Only a clinic's staff can give access."));
        String username = username(patient);
        String password = temporaryPassword();
        String accountId = createAccount(patient, clinic, username, password);
        transactions.registerInterposedSynchronization(new RemoveAccountUnlessCommitted(accountId));
        patient.givePortalAccess(accountId);
        audit.record(AuditAction.PORTAL_ACCESS_GIVEN, patientId, "Keycloak user " + username);
        return new PortalAccessGranted(username, password);
    }

    private String createAccount(Patient patient, String clinic, String username, String password) throws PortalAccessException {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName(patient.name().given());
        user.setLastName(patient.name().family());
        patient.contact().email().ifPresent(user::setEmail);
        user.setAttributes(Map.of("clinic", List.of(clinic)));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        try {
            RealmResource realm = keycloak.realm();
            String accountId;
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new PortalAccessException("Keycloak already has an account with this name or email address ("
                            + username + "). Check the patient's email address.");
                }
                if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw new PortalAccessException("Keycloak refused the new account (HTTP " + response.getStatus() + ").");
                }
                accountId = CreatedResponseUtil.getCreatedId(response);
            }
            try {
                RoleRepresentation patientRole = realm.roles().get(Role.PATIENT_NAME).toRepresentation();
                realm.users().get(accountId).roles().realmLevel().add(List.of(patientRole));
            } catch (ProcessingException | WebApplicationException e) {
                removeQuietly(accountId);
                throw e;
            }
            return accountId;
        } catch (ProcessingException | WebApplicationException e) {
            LOG.log(Level.WARNING, "Keycloak at {0} could not create a portal account: {1}", new Object[] {keycloak.serverUrl(), e});
            throw new PortalAccessException("Keycloak at " + keycloak.serverUrl() + " could not create the account ("
                    + e.getMessage() + "). Nothing was changed; try again when it is reachable.", e);
        }
    }

    private void removeQuietly(String accountId) {
        try {
            keycloak.realm().users().delete(accountId).close();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not remove the half-created Keycloak account {0}: {1}", new Object[] {accountId, e});
        }
    }

    /** given.family plus four digits, in plain lower-case letters: easy to type on a phone. */
    private static String username(Patient patient) {
        String base = ascii(patient.name().given()) + "." + ascii(patient.name().family());
        return base + (1000 + RANDOM.nextInt(9000));
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? "patient" : plain;
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Takes the Keycloak account back if the patient record does not keep its link. */
    private final class RemoveAccountUnlessCommitted implements Synchronization {

        private final String accountId;

        RemoveAccountUnlessCommitted(String accountId) {
            this.accountId = accountId;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                removeQuietly(accountId);
            }
        }
    }
}
