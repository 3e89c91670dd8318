package org.clinicportal.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Accounts;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Gives a patient their own login: a Keycloak account with the patient role and the clinic's
 * {@code clinic} attribute, a temporary password to change at first sign-in, linked to the
 * patient record. Keycloak and the database change together or not at all: if the link cannot
 * be stored, the new account is removed again.
 */
@Stateless
public class PortalAccess {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Accounts accounts;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    /**
     * Creates the patient's login and, once it is linked to the record, has Keycloak email them a link to choose
     * their password. Nothing is kept if the email cannot be sent.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Invitation give(long patientId) throws PatientNotFoundException, PortalAccessException {
        Patient patient = patient(patientId);
        if (patient.portalAccount().isPresent()) {
            throw new PortalAccessException("refused.portal.alreadyGiven");
        }
        if (patient.contact().email().isEmpty()) {
            throw new PortalAccessException("refused.portal.noEmail");
        }
        String clinic = caller.clinic().orElseThrow(() -> new PortalAccessException("refused.portal.notStaff"));
        String username = username(patient);
        try {
            String account = accounts.create(new Accounts.NewAccount(
                    username,
                    patient.name().given(),
                    patient.name().family(),
                    patient.contact().email().orElseThrow(),
                    clinic,
                    Role.PATIENT_NAME));
            patient.givePortalAccess(account);
            entityManager.flush();
            audit.record(AuditAction.PORTAL_ACCESS_GIVEN, patientId, "Keycloak user " + username + ", invitation sent");
            return accounts.sendInvitation(account);
        } catch (AccountException e) {
            throw new PortalAccessException(e);
        }
    }

    /**
     * Emails the patient a new link to choose their password: when the first invitation expired or got lost, or
     * when they forgot their password.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Invitation sendInvitationAgain(long patientId) throws PatientNotFoundException, PortalAccessException {
        Patient patient = patient(patientId);
        String account = patient.portalAccount().orElseThrow(() -> new PortalAccessException("refused.portal.none"));
        try {
            Invitation invitation = accounts.sendInvitation(account);
            audit.record(
                    AuditAction.PORTAL_INVITATION_SENT, patientId, "Invitation sent again to " + invitation.email());
            return invitation;
        } catch (AccountException e) {
            throw new PortalAccessException(e);
        }
    }

    /**
     * The clinic's patients with a portal login, with Keycloak's word on whether each may sign in:
     * one call to Keycloak for the whole clinic.
     */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public List<PortalAccountView> accounts() throws PortalAccessException {
        Map<String, UserRepresentation> logins = new HashMap<>();
        try {
            for (UserRepresentation user : accounts.holdersOf(Role.PATIENT_NAME)) {
                logins.put(user.getId(), user);
            }
        } catch (AccountException e) {
            throw new PortalAccessException(e);
        }
        return entityManager.createNamedQuery("Patient.withPortalAccess", Patient.class).getResultList().stream()
                .map(patient -> {
                    UserRepresentation login =
                            logins.get(patient.portalAccount().orElseThrow());
                    return new PortalAccountView(
                            patient.id(),
                            patient.name().toString(),
                            login == null ? "" : login.getUsername(),
                            login != null && Boolean.TRUE.equals(login.isEnabled()));
                })
                .toList();
    }

    /** Lets the patient's login sign in again, or stops it; the patient record is untouched. */
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    public void allowSignIn(long patientId, boolean allowed) throws PatientNotFoundException, PortalAccessException {
        Patient patient = patient(patientId);
        String account = patient.portalAccount().orElseThrow(() -> new PortalAccessException("refused.portal.none"));
        try {
            accounts.setEnabled(account, allowed);
        } catch (AccountException e) {
            throw new PortalAccessException(e);
        }
        audit.record(
                allowed ? AuditAction.PORTAL_ACCESS_ENABLED : AuditAction.PORTAL_ACCESS_DISABLED,
                patientId,
                "Portal login of " + patient.name());
    }

    /** One of the caller's clinic's patients (another clinic's is not found). */
    private Patient patient(long patientId) throws PatientNotFoundException {
        Patient patient = entityManager.find(Patient.class, patientId);
        if (patient == null) {
            throw new PatientNotFoundException(patientId);
        }
        return patient;
    }

    /** given.family plus four digits, in plain lower-case letters: easy to type on a phone. */
    private static String username(Patient patient) {
        String base = ascii(patient.name().given()) + "." + ascii(patient.name().family());
        return base + (1000 + RANDOM.nextInt(9000));
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? "patient" : plain;
    }
}
