package org.clinicportal.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.intake.SigningObstacle;
import org.clinicportal.patient.PatientNotFoundException;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static final Pattern REFUSAL_KEY =
            Pattern.compile("\"((?:refused|account\\.refused|account\\.failed)\\.[\\w.]*)\"");

    /**
     * Every key a service refuses with, read from the services' sources: a whole key is in the bundle, a key made of
     * a prefix and a part has words for at least one part, and every refusal's words are a valid message pattern.
     */
    @Test
    void everyRefusalAServiceCanGiveHasItsWords() throws IOException {
        Properties bundle = englishBundle();
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = REFUSAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    found++;
                    String key = matcher.group(1);
                    boolean known = key.endsWith(".")
                            ? bundle.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key))
                            : bundle.containsKey(key);
                    if (!known) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(found > 30, "the services' sources were found and read");
        assertTrue(missing.isEmpty(), "refusals without words: " + missing);
        bundle.stringPropertyNames().forEach(name -> new MessageFormat(bundle.getProperty(name), Locale.ENGLISH));
    }

    /** Each reason an intake cannot be signed yet has its words. */
    @Test
    void everySigningObstacleHasItsWords() throws IOException {
        Properties bundle = englishBundle();
        for (SigningObstacle obstacle : SigningObstacle.values()) {
            assertTrue(bundle.containsKey("refused.intake.sign." + obstacle.name()), obstacle.name());
        }
    }

    /** The reader's language, whatever the server's own: English stays English on a German server. */
    @Test
    void aRefusalIsSaidInTheReadersLanguage() {
        Refusal refusal = new PatientNotFoundException(900001);
        Locale serversOwn = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            ResourceBundle.clearCache();
            assertEquals("There is no patient 900001 in your clinic.", refusal.text(Locale.ENGLISH));
            assertEquals("In Ihrer Praxis gibt es keinen Patienten 900001.", refusal.text(Locale.GERMANY));
        } finally {
            Locale.setDefault(serversOwn);
            ResourceBundle.clearCache();
        }
    }

    private static Properties englishBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = RefusalsTest.class.getResourceAsStream("refusals.properties")) {
            bundle.load(in);
        }
        return bundle;
    }
}
