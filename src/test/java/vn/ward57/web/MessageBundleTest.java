package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles hold the same keys, and every key a template names exists. */
class MessageBundleTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys of messages_en.properties").isEqualTo(new TreeSet<>(vi));
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> vi = load("messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(t));
                while (m.find()) {
                    if (!vi.contains(m.group(1))) {
                        missing.add(t.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The audit page names each kind of record by its entity.* key: every kind the code records has one. */
    @Test
    void everyRecordedKindOfChangeHasAName() throws IOException {
        Set<String> vi = load("messages.properties").stringPropertyNames();
        Pattern recorded = Pattern.compile("ChangeRecorded\\.(?:created|updated|deleted)\\(\\s*\"([a-z_]+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = recorded.matcher(Files.readString(source));
                while (m.find()) {
                    found++;
                    if (!vi.contains("entity." + m.group(1))) {
                        missing.add(source.getFileName() + ": entity." + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void vietnameseTextHasDiacritics() throws IOException {
        Properties vi = load("messages.properties");
        assertThat(vi.getProperty("nav.units")).isEqualTo("Đơn vị");
        assertThat(vi.getProperty("access.ward-denied")).contains("quyền truy cập");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
