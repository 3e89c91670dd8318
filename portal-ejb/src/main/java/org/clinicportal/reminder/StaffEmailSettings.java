package org.clinicportal.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/**
 * A therapist's own choice of the portal's emails to them: the daily digest of new alerts, the red flag notice and
 * the notice of new messages. What an email's link stopped can be started again here; nobody else reads or sets it.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class StaffEmailSettings {

    /** The emails a staff member may get, in the order the page lists them. */
    public static final List<EmailKind> KINDS =
            Arrays.stream(EmailKind.values()).filter(EmailKind::toStaff).toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    /** The emails the therapist gets: all of them until they stop one. */
    public Set<EmailKind> mine() {
        return Optional.ofNullable(entityManager.find(StaffEmailChoice.class, caller.username()))
                .map(choice -> KINDS.stream()
                        .filter(choice::wants)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EmailKind.class))))
                .orElseGet(() -> EnumSet.copyOf(KINDS));
    }

    /** Keeps the therapist's choice: the kinds named are sent, the others are not. */
    public void choose(@NotNull Set<EmailKind> wanted) {
        StaffEmailChoice choice = StaffEmailChoices.of(entityManager, caller.username());
        KINDS.forEach(kind -> choice.choose(kind, wanted.contains(kind)));
    }
}
