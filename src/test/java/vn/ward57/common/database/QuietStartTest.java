package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A normal start does not relay the embedded PostgreSQL's set-up ("Success. You can now start the database
 * server using: pg_ctl …", which reads like an instruction): application.yml sets its loggers, which also carry
 * initdb's and the server's output, to WARN, and leaves the app's own start messages at INFO.
 */
class QuietStartTest {

    @Test
    void theEmbeddedPostgresqlLogsOnlyWarningsAndErrors() throws Exception {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Map<String, String> levels = Binder.get(environment)
                .bind("logging.level", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        assertThat(level(levels, "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")).isEqualToIgnoringCase("warn");
        assertThat(level(levels, "vn.ward57.common.database.EmbeddedDatabaseConfig")).isEqualToIgnoringCase("info");
    }

    /** The level of the logger's nearest configured ancestor, as Logback applies it; INFO by default. */
    private static String level(Map<String, String> levels, String logger) {
        for (String name = logger; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            if (levels.containsKey(name)) {
                return levels.get(name);
            }
        }
        return levels.getOrDefault("root", "info");
    }
}
