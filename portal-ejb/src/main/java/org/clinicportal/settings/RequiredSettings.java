package org.clinicportal.settings;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to deploy the portal while a setting it cannot do without is missing, naming each missing
 * environment variable. The portal has no built-in secrets or addresses: development values come from the
 * run command and the test stack, production values from the operator.
 */
public class RequiredSettings implements Extension {

    private static final Logger LOG = Logger.getLogger(RequiredSettings.class.getName());

    /** What each setting is, as the operator knows it; the environment variable follows from the name. */
    private record Setting(String property, String meaning) {

        String variable() {
            return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        }
    }

    private static final List<Setting> REQUIRED = List.of(
            new Setting("portal.base-url", "the portal's public address, e.g. https://portal.example.org"),
            new Setting("portal.db.url", "the JDBC URL of the portal's PostgreSQL database"),
            new Setting("portal.db.user", "the application's database role"),
            new Setting("portal.db.password", "the application role's password"),
            new Setting("portal.db.owner.user", "the database role that owns the schema and runs the migrations"),
            new Setting("portal.db.owner.password", "the owner role's password"),
            new Setting(
                    "portal.oidc.provider-uri",
                    "the Keycloak realm, e.g. https://auth.example.org/realms/clinic-portal"),
            new Setting("portal.oidc.client-secret", "the secret of the clinic-portal client in Keycloak"),
            new Setting(
                    "portal.keycloak.admin.client-secret", "the secret of the clinic-portal-admin client in Keycloak"),
            new Setting("portal.smtp.host", "the SMTP server the portal sends its emails through"),
            new Setting("portal.smtp.from", "the sender address of the portal's emails"));

    /**
     * The first event of the deployment: an exception here fails it before anything reads a setting (MicroProfile
     * Config would otherwise refuse a missing one first, naming the property, not the variable).
     */
    void requireSettings(@Observes BeforeBeanDiscovery discovery) {
        Config config = ConfigProvider.getConfig();
        List<Setting> missing = REQUIRED.stream()
                .filter(setting -> config.getOptionalValue(setting.property(), String.class)
                        .filter(value -> !value.isBlank())
                        .isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            String message = "Clinic Portal will not start: set "
                    + String.join(
                            ", ",
                            missing.stream()
                                    .map(setting -> setting.variable() + " (" + setting.meaning() + ")")
                                    .toList())
                    + ". See the README, \"Production\".";
            LOG.severe(message);
            throw new DeploymentException(message);
        }
    }
}
