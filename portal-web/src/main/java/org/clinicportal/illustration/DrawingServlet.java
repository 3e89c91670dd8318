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

    /** A drawing as sent: its SVG and the tag that names that version of it. */
    private record Drawn(byte[] svg, String tag) {
        static Drawn of(Drawing drawing) {
            byte[] svg = Svg.of(drawing).getBytes(StandardCharsets.UTF_8);
            return new Drawn(svg, '"' + Integer.toHexString(Arrays.hashCode(svg)) + '"');
        }
    }

    private final transient Map<Long, Drawn> drawn = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Drawn> found = drawing(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Drawn drawing = found.get();
        response.setHeader("ETag", drawing.tag());
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (drawing.tag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/svg+xml");
        response.setContentLength(drawing.svg().length);
        response.getOutputStream().write(drawing.svg());
    }

    private Optional<Drawn> drawing(String path) {
        Matcher name = NAME.matcher(path == null ? "" : path);
        if (!name.matches()) {
            return Optional.empty();
        }
        long exercise = Long.parseLong(name.group(1));
        return Drawings.of(exercise).map(drawing -> drawn.computeIfAbsent(exercise, id -> Drawn.of(drawing)));
    }
}
