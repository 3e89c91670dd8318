package org.clinicportal.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clinicportal.it.StackSession;
import org.clinicportal.stack.PortalStack;
import org.junit.jupiter.api.Test;

/**
 * The shared library and its drawings agree: every exercise of the library as the database holds it has a drawing,
 * and every drawing an exercise; each is served as an SVG the browser can cache, and nothing else is.
 */
class DrawingsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PortalStack stack = StackSession.current();

    @Test
    void everyExerciseOfTheSharedLibraryHasADrawingAndEveryDrawingAnExercise() throws Exception {
        TreeSet<Long> library = new TreeSet<>();
        try (Connection owner = DriverManager.getConnection(
                        stack.databaseUrl(), stack.databaseOwner(), stack.databaseOwnerPassword());
                ResultSet rows =
                        owner.createStatement().executeQuery("select id from exercise where clinic_id is null")) {
            while (rows.next()) {
                library.add(rows.getLong(1));
            }
        }
        assertEquals(49, library.size(), "the shared library");
        assertEquals(library, new TreeSet<>(Drawings.exerciseIds()));
    }

    @Test
    void everyDrawingIsServedAsACacheableSvg() throws Exception {
        for (long id : Drawings.exerciseIds()) {
            HttpResponse<byte[]> svg = get("/illustrations/" + id + ".svg", null);
            assertEquals(200, svg.statusCode(), "exercise " + id);
            assertEquals(
                    "image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    "svg",
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new ByteArrayInputStream(svg.body()))
                            .getDocumentElement()
                            .getTagName());
            String tag = svg.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get("/illustrations/" + id + ".svg", tag).statusCode(), "unchanged: not sent again");
        }
    }

    @Test
    void aNumberWithoutADrawingIsNotFound() throws Exception {
        assertTrue(Drawings.of(10050).isEmpty());
        for (String path : new String[] {
            "/illustrations/10050.svg", "/illustrations/12.png", "/illustrations/", "/illustrations/..%2F12.svg"
        }) {
            assertEquals(404, get(path, null).statusCode(), path);
        }
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
