package org.clinicportal.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code with the patient role, as the services see a signed-in user of that role. */
@Stateless
@PermitAll
@RunAs(Role.PATIENT_NAME)
public class AsPatient {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
