package org.clinicportal.tenancy;

import java.io.File;
import org.clinicportal.patient.Runners;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsPlatformAdmin;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built portal WAR as Arquillian deploys it for service tests: the real application, plus a
 * scripted caller for the clinic, helpers that run code as a therapist, patient or clinic admin,
 * and the assertions the tests run with inside the container.
 */
public final class TestDeployment {

    private TestDeployment() {}

    public static WebArchive portalWith(Class<?>... testHelpers) {
        WebArchive portal = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
        // The test descriptor, with the As* helpers' role mappings, stands in for the application's own.
        portal.delete("/WEB-INF/glassfish-web.xml");
        return portal.addClasses(
                        ScriptedCaller.class,
                        ScriptedLanguage.class,
                        AsTherapist.class,
                        AsPatient.class,
                        AsClinicAdmin.class,
                        AsPlatformAdmin.class,
                        Refusals.class,
                        Runners.class,
                        AtOnce.class)
                .addClasses(testHelpers)
                .addAsWebInfResource("arquillian/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("arquillian/glassfish-web.xml", "glassfish-web.xml");
    }
}
