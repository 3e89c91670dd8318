package org.clinicportal.input;

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

class ValidationMessagesTest {

    private static final Pattern MESSAGE = Pattern.compile("[(,]\\s*message\\s*=\\s*\"([^\"]*)\"");

    /** Every constraint says its words through a key of ValidationMessages, so that they can be translated. */
    @Test
    void everyConstraintMessageIsAKeyWithWords() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/ValidationMessages.properties"))) {
            bundle.load(in);
        }
        Set<String> wrong = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = MESSAGE.matcher(Files.readString(source));
                while (matcher.find()) {
                    found++;
                    String message = matcher.group(1);
                    boolean key = message.startsWith("{") && message.endsWith("}");
                    if (!key || !bundle.containsKey(message.substring(1, message.length() - 1))) {
                        wrong.add(source.getFileName() + ": " + message);
                    }
                }
            }
        }
        assertTrue(found > 100, "the sources were found and read");
        assertTrue(wrong.isEmpty(), "constraint messages that are not a key of ValidationMessages: " + wrong);
    }
}
