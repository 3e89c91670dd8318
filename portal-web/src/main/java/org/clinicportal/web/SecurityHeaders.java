package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.security.OidcSettings;

/**
 * Browser-side hardening on every response. Scripts are governed by PrimeFaces' own
 * nonce-based policy (primefaces.CSP in web.xml); this policy adds everything else, and the two
 * policies are enforced together.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OidcSettings oidc;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + oidc.providerOrigin();
    }

    /** Stylesheets, scripts, fonts and images: the same for everyone, so cacheable. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isStaticResource(request)) {
            // Pages carry health data: after signing out on a shared computer, Back must not show them from the cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
