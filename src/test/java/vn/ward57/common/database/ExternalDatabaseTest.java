package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With WARD57_DB_URL the app uses that server (here a separate PostgreSQL) and starts none of its own. */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseTest {

    private static final EmbeddedPostgres SERVER = start();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("WARD57_DB_URL", () -> "jdbc:postgresql://localhost:" + SERVER.getPort() + "/postgres");
        registry.add("WARD57_DB_USER", () -> "postgres");
        registry.add("WARD57_DB_PASSWORD", () -> "");
        registry.add("WARD57_ADMIN_PASSWORD", () -> "mat-khau-may-chu");
    }

    @AfterAll
    static void stop() throws IOException {
        SERVER.close();
    }

    @Test
    void theConfiguredServerHoldsTheSchemaAndNoEmbeddedOneRuns() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        long users = JdbcClient.create(SERVER.getPostgresDatabase())
                .sql("select count(*) from app_user where username = 'admin'").query(Long.class).single();
        assertThat(users).isEqualTo(1);
        assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
                .isEqualTo(String.valueOf(SERVER.getPort()));
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
