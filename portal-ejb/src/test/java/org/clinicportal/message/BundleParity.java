package org.clinicportal.message;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.language.Language;

/**
 * The check every module makes of its own bundles: each key has its words in every language the portal speaks, with
 * the same placeholders. Shared with portal-web's tests through this module's test jar.
 */
public final class BundleParity {

    /** A message placeholder, {0} or {max}: its name, whatever format follows. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)[,}]");

    private BundleParity() {}

    /** @param bundle the English file's path without ".properties"; each language's file lies beside it */
    public static void assertEveryKeyInEveryLanguage(String bundle) throws IOException {
        Properties english = load(Path.of(bundle + ".properties"));
        assertTrue(!english.isEmpty(), "the bundle was found and read: " + bundle);
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            Properties translated =
                    load(Path.of(bundle + "_" + language.locale().getLanguage() + ".properties"));
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertTrue(missing.isEmpty(), language + " lacks " + missing);
            assertTrue(extra.isEmpty(), language + " has keys English lacks: " + extra);
            Set<String> placeholdersDiffer = new TreeSet<>();
            for (String key : english.stringPropertyNames()) {
                if (!placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                    placeholdersDiffer.add(key);
                }
            }
            assertTrue(placeholdersDiffer.isEmpty(), language + " has other placeholders in " + placeholdersDiffer);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
