package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clinicportal.persistence.StatementTally;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When PORTAL_REQUEST_STATISTICS is {@code true}, one log line per request with what it cost the database: how many
 * SQL statements and how long PostgreSQL took for them; {@code statements} adds each statement's time and SQL. A client's
 * {@code X-Request-Id} names the line, so a test or a benchmark can find its own requests. Off unless asked for.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestStatistics extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(RequestStatistics.class.getName());

    @Inject
    @ConfigProperty(name = "portal.request-statistics", defaultValue = "false")
    private transient String setting;

    private boolean enabled;
    private boolean withStatements;

    @Override
    public void init() {
        withStatements = "statements".equals(setting);
        enabled = withStatements || Boolean.parseBoolean(setting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        StatementTally.Tally tally = StatementTally.begin(withStatements);
        try {
            chain.doFilter(request, response);
        } finally {
            StatementTally.end();
            LOG.info(String.format(
                            Locale.ROOT,
                            "Request %s %s %s: %d, %d statements, %.2f ms in the database",
                            requestId(request),
                            request.getMethod(),
                            request.getRequestURI(),
                            response.getStatus(),
                            tally.statements(),
                            tally.milliseconds())
                    + tally.sql().stream().map(sql -> "\n  " + sql).collect(Collectors.joining()));
        }
    }

    /** The client's name for the request, when it is a plain token (it reaches the log). */
    private static String requestId(HttpServletRequest request) {
        String id = request.getHeader("X-Request-Id");
        return id != null && id.matches("[A-Za-z0-9._-]{1,64}") ? id : "-";
    }
}
