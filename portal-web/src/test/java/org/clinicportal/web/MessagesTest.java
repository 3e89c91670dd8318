package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.intake.SigningObstacle;
import org.clinicportal.intake.VisitKind;
import org.clinicportal.preference.Language;
import org.clinicportal.progress.AlertKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text key a page uses exists in the one resource bundle, so no screen shows "???key???". */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    /** A message placeholder, {0} or {max}: its name, whatever format follows. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)[,}]");

    /** Comments, scripts, styles and EL expressions: none of them is words a reader sees as written. */
    private static final Pattern WITHOUT_WORDLESS_PARTS =
            Pattern.compile("(?s)<!--.*?-->|<script.*?</script>|<style.*?</style>|#\\{[^}]*}");

    private static final Pattern LITERAL_TEXT = Pattern.compile(">([^<]*\\p{L}[^<]*)<");

    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\b(?:title|alt|placeholder|aria-label|label|itemLabel|summary|header)=\"[^\"]*\\p{L}[^\"]*\"");

    private static final Pattern REFUSAL_KEY =
            Pattern.compile("\"((?:refused|account\\.refused|account\\.failed)\\.[\\w.]*)\"");

    @Test
    void everyKeyUsedInAPageIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page :
                    pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
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

    /** Pages that name a code through a key made of a prefix and the code: every code has its words. */
    @Test
    void everyCodeAPageSpellsOutHasItsWords() throws IOException {
        Properties bundle = bundle();
        Map<String, Class<? extends Enum<?>>> spelledOut = Map.of(
                "audit.action.",
                AuditAction.class,
                "intake.sign.",
                VisitKind.class,
                "visit.kind.",
                VisitKind.class,
                "alert.kind.",
                AlertKind.class,
                "refused.intake.sign.",
                SigningObstacle.class);
        Set<String> missing = new TreeSet<>();
        spelledOut.forEach((prefix, codes) -> {
            for (Enum<?> code : codes.getEnumConstants()) {
                if (!bundle.containsKey(prefix + code.name())) {
                    missing.add(prefix + code.name());
                }
            }
        });
        assertTrue(missing.isEmpty(), "codes without words: " + missing);
    }

    /**
     * Every key a service refuses with, read from the services' sources: a whole key is in the bundle, a key made of
     * a prefix and a part has words for at least one part, and every refusal's words are a valid message pattern.
     */
    @Test
    void everyRefusalAServiceCanGiveHasItsWords() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("../portal-ejb/src/main/java"))) {
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
        bundle.stringPropertyNames().stream()
                .filter(name -> REFUSAL_KEY.matcher('"' + name + '"').matches())
                .forEach(name -> new MessageFormat(bundle.getProperty(name), Locale.ENGLISH));
    }

    /** Every bundle has its words in every language the portal speaks, with the same placeholders. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "src/main/resources/org/clinicportal/web/messages",
                "../portal-ejb/src/main/resources/ValidationMessages",
                "../portal-ejb/src/main/resources/org/clinicportal/mail/mail"
            })
    void everyKeyHasItsWordsInEveryLanguage(String bundle) throws IOException {
        Properties english = load(Path.of(bundle + ".properties"));
        assertTrue(english.size() > 1, "the bundle was found and read");
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

    /**
     * No page writes a word itself: every text between tags and every label, title or hint an attribute carries
     * comes from the bundle (an EL expression), so that each language shows the whole page in its own words.
     */
    @Test
    void everyWordOnAPageComesFromTheBundle() throws IOException {
        Set<String> literal = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page :
                    pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                String markup =
                        WITHOUT_WORDLESS_PARTS.matcher(Files.readString(page)).replaceAll("");
                Matcher text = LITERAL_TEXT.matcher(markup);
                while (text.find()) {
                    literal.add(page.getFileName() + ": " + text.group(1).strip());
                }
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(markup);
                while (attribute.find()) {
                    literal.add(page.getFileName() + ": " + attribute.group());
                }
            }
        }
        assertTrue(literal.isEmpty(), "words written into pages instead of the bundle: " + literal);
    }

    /** On a server whose own language is German, an English reader still reads English. */
    @Test
    void englishReadersGetEnglishWhateverTheServersLanguage() {
        Locale serversOwn = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            ResourceBundle.clearCache();
            assertEquals(
                    "Save",
                    ResourceBundle.getBundle("org.clinicportal.web.messages", Locale.ENGLISH)
                            .getString("action.save"));
            assertEquals(
                    "Speichern",
                    ResourceBundle.getBundle("org.clinicportal.web.messages", Locale.GERMAN)
                            .getString("action.save"));
        } finally {
            Locale.setDefault(serversOwn);
            ResourceBundle.clearCache();
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

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/org/clinicportal/web/messages.properties"))) {
            bundle.load(in);
        }
        return bundle;
    }
}
