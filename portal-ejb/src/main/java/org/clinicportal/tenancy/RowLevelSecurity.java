package org.clinicportal.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hands the persistence context's clinic to PostgreSQL whenever EclipseLink takes a connection,
 * as the transaction-local setting {@code app.clinic_id} that the row-level security policies
 * compare with. Without a clinic the setting is empty and the policies show no clinic-owned row.
 */
public class RowLevelSecurity extends SessionEventAdapter {

    private static final String SET_CLINIC = "select set_config('app.clinic_id', ?, true)";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Session session = event.getSession();
        Object clinic = session.getProperty(Tenancy.CONTEXT_PROPERTY);
        Connection connection = ((Accessor) event.getResult()).getConnection();
        try (PreparedStatement statement = connection.prepareStatement(SET_CLINIC)) {
            statement.setString(1, clinic == null ? "" : clinic.toString());
            statement.execute();
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e, (AbstractSession) session, false);
        }
    }
}
