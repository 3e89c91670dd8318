package org.clinicportal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is rendered as a page of its own, never as the postback that failed: JSF would try
 * to restore that postback's view for it, and PrimeFaces would ask it for that postback's CSP nonce,
 * so a forged or expired form post would break its own error page into a stack trace.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshPage(request), response);
    }

    /** The failed request as a plain GET with no parameters. */
    private static final class FreshPage extends HttpServletRequestWrapper {

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
