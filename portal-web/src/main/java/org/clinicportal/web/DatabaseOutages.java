package org.clinicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * PostgreSQL not answering where no page's exception handler sees it (the sign-in's landing, the PDF handout,
 * the audit CSV): the portal's "try again in a moment" page (503) and one log line, as {@link DatabaseUnavailable}
 * gives for pages.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            DatabaseUnavailable.Outage outage = DatabaseUnavailable.connectionFailure(e);
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            DatabaseUnavailable.log(outage, request.getServletPath());
            response.reset();
            DatabaseUnavailable.sendUnavailable(request, response);
        }
    }
}
