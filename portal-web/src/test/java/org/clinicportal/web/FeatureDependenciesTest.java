package org.clinicportal.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The features and the shared packages beneath them depend one way: a package of the portal (its part in the domain,
 * the services and the pages taken together, as this module sees them all) never reaches, however indirectly, a
 * package that reaches it. Each {@code package-info.java} says which packages it builds on.
 */
class FeatureDependenciesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.clinicportal");

    @Test
    void noFeatureReachesBackToItself() {
        slices().matching("org.clinicportal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }
}
