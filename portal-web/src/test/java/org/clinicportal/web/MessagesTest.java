package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.intake.VisitKind;
import org.clinicportal.message.BundleParity;
import org.clinicportal.progress.AlertKind;
import org.clinicportal.trail.AuditAction;
import org.junit.jupiter.api.Test;

/** Every text key a page uses exists in the one resource bundle, so no screen shows "???key???". */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    /** Comments, scripts, styles and EL expressions: none of them is words a reader sees as written. */
    private static final Pattern WITHOUT_WORDLESS_PARTS =
            Pattern.compile("(?s)<!--.*?-->|<script.*?</script>|<style.*?</style>|#\\{[^}]*}");

    private static final Pattern LITERAL_TEXT = Pattern.compile(">([^<]*\\p{L}[^<]*)<");

    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\b(?:title|alt|placeholder|aria-label|label|itemLabel|summary|header)=\"[^\"]*\\p{L}[^\"]*\"");

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
                AlertKind.class);
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

    /** The pages' words exist in every language the portal speaks, with the same placeholders. */
    @Test
    void everyKeyHasItsWordsInEveryLanguage() throws IOException {
        BundleParity.assertEveryKeyInEveryLanguage("src/main/resources/org/clinicportal/web/messages");
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

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/org/clinicportal/web/messages.properties"))) {
            bundle.load(in);
        }
        return bundle;
    }
}
