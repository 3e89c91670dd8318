package org.clinicportal.illustration;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared library's drawings as SVG, {@code /illustrations/12.svg}: the same for every clinic and reader, so they
 * are public and cached, and each is drawn once per node. A number without a drawing answers 404.
 */
@WebServlet("/illustrations/*")
public class DrawingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/(\\d{1,9})\\.svg");

    private final transient Map<Long, byte[]> drawn = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> svg = svg(request.getPathInfo());
        if (svg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String tag = '"' + Integer.toHexString(Arrays.hashCode(svg.get())) + '"';
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/svg+xml");
        response.setContentLength(svg.get().length);
        response.getOutputStream().write(svg.get());
    }

    private Optional<byte[]> svg(String path) {
        Matcher name = NAME.matcher(path == null ? "" : path);
        if (!name.matches()) {
            return Optional.empty();
        }
        long exercise = Long.parseLong(name.group(1));
        return Drawings.of(exercise)
                .map(drawing ->
                        drawn.computeIfAbsent(exercise, id -> Svg.of(drawing).getBytes(StandardCharsets.UTF_8)));
    }
}
