package org.clinicportal.web;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.omnifaces.util.Messages;

/**
 * Shows what a service's Bean Validation refused. Field rules already show beside their fields;
 * rules across fields (a last week before the first) arrive here, from the service, as page messages.
 */
public final class Violations {

    private Violations() {}

    /** Adds the refused rules as page messages; rethrows anything that is not a validation refusal. */
    public static void report(EJBException refused) {
        ConstraintViolationException violations = Causes.find(
                        refused, ConstraintViolationException.class, cause -> true)
                .orElseThrow(() -> refused);
        violations.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .distinct()
                .forEach(Messages::addGlobalError);
    }
}
