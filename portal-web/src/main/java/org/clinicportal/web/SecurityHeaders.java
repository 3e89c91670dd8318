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
import org.clinicportal.security.OidcSettings;

/**
 * Browser-side hardening on every response, error pages included (the container answers a refused request
 * with its error page without running the filters of the request itself).
 * <p>
 * Scripts are governed by PrimeFaces' policy alone ({@code primefaces.CSP} in web.xml): {@code script-src
 * 'self' 'nonce-…'}, a fresh nonce for each page. This policy therefore names every other kind of content
 * and leaves out {@code default-src}, which would apply to scripts too: browsers enforce both policies, and a
 * script rule here without the page's nonce would block the page's own scripts.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OidcSettings oidc;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy =
                "connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                        + "media-src 'self'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'self'; "
                        + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + oidc.providerOrigin();
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
        if (request.isSecure()) {
            // Reached over TLS (ended at the proxy, which says so in X-Forwarded-Proto): the browser keeps to https.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isStaticResource(request)) {
            // Pages carry health data: after signing out on a shared computer, Back must not show them from the cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
