package org.clinicportal.audit;

import static java.util.stream.Collectors.joining;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import org.clinicportal.language.Languages;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.web.Bundles;

/**
 * The audit log as CSV, with the same filters as the screen ({@code user}, {@code patient},
 * {@code action}, {@code from}, {@code to}), written a page at a time, each found where the last ended, so any
 * size streams out.
 */
@WebServlet("/clinic-admin/audit.csv")
public class AuditExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = AuditLog.LARGEST_PAGE;

    /** The columns, in order; each is named in the reader's language. */
    private static final List<String> HEADERS =
            List.of("occurredAt", "user", "action", "patientId", "patient", "subject", "address");

    @Inject
    private transient AuditLog auditLog;

    @Inject
    private transient Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            filter = filter(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!validator.validate(filter).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        PrintWriter out = response.getWriter();
        ResourceBundle words = Bundles.messages(Languages.of(request).locale());
        out.print(HEADERS.stream()
                .map(header -> csv(words.getString("audit.csv." + header)))
                .collect(joining(",")));
        out.print("\r\n");
        AuditRow last = null;
        for (List<AuditRow> rows = auditLog.pageAfter(filter, null, CHUNK);
                !rows.isEmpty();
                rows = rows.size() < CHUNK ? List.of() : auditLog.pageAfter(filter, last, CHUNK)) {
            for (AuditRow row : rows) {
                out.print(String.join(
                        ",",
                        row.occurredAt().toString(),
                        csv(row.actor()),
                        csv(words.getString("audit.action." + row.action())),
                        row.patientId() == null ? "" : row.patientId().toString(),
                        csv(row.patientName()),
                        csv(row.subject()),
                        csv(row.address())));
                out.print("\r\n");
            }
            last = rows.get(rows.size() - 1);
        }
    }

    private static AuditFilter filter(HttpServletRequest request) {
        AuditFilter filter = new AuditFilter();
        filter.setUser(request.getParameter("user"));
        filter.setPatient(request.getParameter("patient"));
        String action = request.getParameter("action");
        filter.setAction(action == null || action.isBlank() ? null : AuditAction.valueOf(action));
        filter.setFrom(date(request.getParameter("from")));
        filter.setTo(date(request.getParameter("to")));
        return filter;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /** Quotes a field when it holds a comma, quote or line break; a leading formula sign is neutralised for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
