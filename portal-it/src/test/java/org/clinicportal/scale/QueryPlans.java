package org.clinicportal.scale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * The SQL a service sends, and PostgreSQL's plan for it as the application role under row-level security. The
 * statements are taken from EclipseLink's SQL log (every statement at FINE, with its bound values), so the plans
 * are those of the services' own queries, not of copies.
 */
@Singleton
@PermitAll
public class QueryPlans {

    private static final Pattern BINDS = Pattern.compile("\\n\\tbind => \\[(.*)]$", Pattern.DOTALL);

    @PersistenceUnit(unitName = "portal")
    private EntityManagerFactory entityManagerFactory;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /**
     * The statements the work sent, each with its bound values written in as literals. Outside any transaction, so
     * that the work's own begins after the capturing log is in place. Bound values must not hold ", ".
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> statements(Callable<?> work) throws Exception {
        Server server =
                entityManagerFactory.unwrap(JpaEntityManagerFactory.class).getServerSession();
        SessionLog original = server.getSessionLog();
        Capturing capturing = new Capturing(original);
        server.setSessionLog(capturing);
        try {
            work.call();
        } finally {
            server.setSessionLog(original);
        }
        return capturing.statements.stream().map(QueryPlans::withValues).toList();
    }

    /** PostgreSQL's plan for the statement, in the caller's transaction: as the application role, for the caller's clinic. */
    @SuppressWarnings("unchecked")
    public String explain(String sql) {
        List<String> lines = entityManager
                .createNativeQuery("explain " + sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return String.join("\n", lines);
    }

    /**
     * How many rows of the table running the statement again and again read, by sequential and index scans, statements
     * inside database functions included: PostgreSQL's count for the caller's transaction. From its sixth run on, a
     * function's statement may keep a generic plan, made without knowing the values it is given.
     */
    public long rowsRead(String table, String sql, int runs) {
        long before = rowsReadSoFar(table);
        for (int run = 0; run < runs; run++) {
            entityManager
                    .createNativeQuery(sql)
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .getResultList();
        }
        return rowsReadSoFar(table) - before;
    }

    /** How many rows of the table the statement inserted or updated, statements inside database functions included. */
    public long rowsWritten(String table, String sql) {
        long before = rowsWrittenSoFar(table);
        entityManager
                .createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return rowsWrittenSoFar(table) - before;
    }

    private long rowsWrittenSoFar(String table) {
        return ((Number) entityManager
                        .createNativeQuery("select coalesce((select n_tup_ins + n_tup_upd"
                                + " from pg_stat_xact_user_tables where relname = ?1), 0)")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, table)
                        .getSingleResult())
                .longValue();
    }

    /**
     * As {@link #rowsRead}, after the statement ran as often for another clinic in the same transaction: a pooled
     * connection serves every clinic in turn, and the plans it keeps were made for whichever clinic came first.
     */
    public long rowsReadAfterServing(String otherClinic, String table, String sql, int runs) {
        String clinic = (String) entityManager
                .createNativeQuery("select current_setting('app.clinic_id')")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        setClinic(otherClinic);
        rowsRead(table, sql, runs);
        setClinic(clinic);
        return rowsRead(table, sql, runs);
    }

    private void setClinic(String clinic) {
        entityManager
                .createNativeQuery("select set_config('app.clinic_id', ?1, true)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .getSingleResult();
    }

    private long rowsReadSoFar(String table) {
        return ((Number) entityManager
                        .createNativeQuery("select coalesce((select seq_tup_read + coalesce(idx_tup_fetch, 0)"
                                + " from pg_stat_xact_user_tables where relname = ?1), 0)")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, table)
                        .getSingleResult())
                .longValue();
    }

    private static String withValues(String logged) {
        Matcher binds = BINDS.matcher(logged);
        if (!binds.find()) {
            return logged;
        }
        String sql = logged.substring(0, binds.start());
        List<String> values = List.of(binds.group(1).split(", ", -1));
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                String value = values.get(next++);
                out.append("null".equals(value) ? "NULL" : "'" + value.replace("'", "''") + "'");
            } else {
                out.append(c);
            }
        }
        if (next != values.size()) {
            throw new IllegalStateException(next + " placeholders for " + values.size() + " values: " + logged);
        }
        return out.toString();
    }

    private static final class Capturing extends AbstractSessionLog {

        private final SessionLog original;
        private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

        Capturing(SessionLog original) {
            this.original = original;
        }

        @Override
        public boolean shouldLog(int level, String category) {
            return level == SessionLog.FINE && SessionLog.SQL.equals(category) || original.shouldLog(level, category);
        }

        @Override
        public boolean shouldDisplayData() {
            return true;
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (entry.getLevel() == SessionLog.FINE && SessionLog.SQL.equals(entry.getNameSpace())) {
                statements.add(entry.getMessage());
            } else if (original.shouldLog(entry.getLevel(), entry.getNameSpace())) {
                original.log(entry);
            }
        }
    }

    /** The statements that read the given table. */
    public static List<String> reading(List<String> statements, String table) {
        Pattern reads = Pattern.compile("(?i)\\b(from|join)\\s+" + table + "\\b");
        return statements.stream().filter(sql -> reads.matcher(sql).find()).collect(Collectors.toList());
    }
}
