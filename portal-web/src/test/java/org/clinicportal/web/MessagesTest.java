package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key a page uses exists in the one resource bundle, so no screen shows "???key???". */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyUsedInAPageIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/clinicportal/web/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    used++;
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(page + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(used > 20, "the pages were found and read");
        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
    }
}
