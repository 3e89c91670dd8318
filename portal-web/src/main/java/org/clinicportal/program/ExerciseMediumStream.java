package org.clinicportal.program;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinic's picture or video of an exercise, {@code /media/exercises/<exercise>}: whole, or the byte range a player
 * asks for (206), so that a phone can start a video in the middle without loading what comes before. Whoever may not
 * see it, another clinic's staff or a patient whose program lacks the exercise, gets 404, as if there were none.
 */
@WebServlet("/media/exercises/*")
public class ExerciseMediumStream extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern EXERCISE = Pattern.compile("/(\\d{1,18})");
    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @Inject
    private ExerciseMedia media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = EXERCISE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<MediumView> found = path.matches() ? media.of(Long.parseLong(path.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediumView medium = found.get();
        String tag = "\"" + medium.exerciseId() + "-" + medium.version() + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, max-age=3600");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long size = medium.sizeBytes();
        long first = 0;
        long last = size - 1;
        String range = request.getHeader("Range");
        if (range != null) {
            Matcher asked = ONE_RANGE.matcher(range.strip());
            if (asked.matches() && !(asked.group(1).isEmpty() && asked.group(2).isEmpty())) {
                if (asked.group(1).isEmpty()) {
                    first = Math.max(0, size - Long.parseLong(asked.group(2)));
                } else {
                    first = Long.parseLong(asked.group(1));
                    if (!asked.group(2).isEmpty()) {
                        last = Math.min(last, Long.parseLong(asked.group(2)));
                    }
                }
                if (first > last) {
                    response.setHeader("Content-Range", "bytes */" + size);
                    response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
            }
        }
        response.setContentType(medium.type().contentType());
        response.setContentLengthLong(last - first + 1);
        OutputStream out = response.getOutputStream();
        for (long from = first; from <= last; ) {
            int length = (int) Math.min(ExerciseMedia.LARGEST_READ, last - from + 1);
            byte[] piece = media.read(medium.exerciseId(), from, length);
            if (piece.length == 0) {
                break;
            }
            out.write(piece);
            from += piece.length;
        }
    }
}
