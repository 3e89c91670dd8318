package org.clinicportal.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations of module {@code db} when the
 * application starts, as the schema owner. The application itself connects as a role that owns
 * no table, so PostgreSQL's row-level security applies to everything it does.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300)
@DataSourceDefinition(
        name = "java:app/jdbc/portalOwner",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.owner.user}",
        password = "${MPCONFIG=portal.db.owner.password}",
        transactional = false,
        minPoolSize = 0,
        maxPoolSize = 2)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portalOwner")
    private DataSource ownerDataSource;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "portal.db.user")
    private String applicationRole;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean demoData;

    private volatile boolean migrated;

    /** Whether the schema is at the migrations' version: the portal does not serve before it is. */
    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(ownerDataSource)
                    .locations(locations.toArray(String[]::new))
                    .placeholders(Map.of("appRole", applicationRole))
                    .load()
                    .migrate();
            migrated = true;
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied" + (demoData ? ", demo data loaded)" : ")"));
        } catch (FlywayException e) {
            throw new IllegalStateException(
                    "Clinic Portal cannot migrate the database at " + url + " (set PORTAL_DB_URL, "
                            + "PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD to a reachable PostgreSQL): "
                            + e.getMessage(),
                    e);
        }
    }
}
