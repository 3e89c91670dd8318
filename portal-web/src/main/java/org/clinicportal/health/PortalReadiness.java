package org.clinicportal.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.clinicportal.persistence.SchemaMigration;
import org.clinicportal.security.SignInService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready for traffic when PostgreSQL answers and the schema is migrated. Keycloak not answering makes
 * the node degraded, not unready: signed-in users go on and sign-ins get a page saying to wait, the
 * same on every node, so routing around it would help no one.
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    private static final int PATIENCE_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource database;

    @EJB
    private SchemaMigration schema;

    @Inject
    private SignInService signIn;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers = databaseAnswers();
        boolean migrated = schema.isMigrated();
        return HealthCheckResponse.named("clinic-portal")
                .status(databaseAnswers && migrated)
                .withData("database", databaseAnswers ? "up" : "not answering")
                .withData("schema", migrated ? "migrated" : "not migrated")
                .withData("sign-in", signIn.isReachable() ? "up" : "degraded: Keycloak not answering")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(PATIENCE_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
