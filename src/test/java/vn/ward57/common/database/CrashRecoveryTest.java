package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ward57 that dies without stopping its database (crash, power cut, kill -9) leaves PostgreSQL
 * running; the next start must still come up, with the data committed before the crash.
 */
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void theNextStartStopsTheOrphanedServerAndKeepsTheData() throws Exception {
        Process crashing = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), CrashingWard57.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(crashing.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up log of the child
            }
            assertThat(line).as("the child started its database").isEqualTo("READY");
            crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfig.start(dataDir, false);
             HikariDataSource pool = (HikariDataSource) new EmbeddedDatabaseConfig().dataSource(restarted)) {
            assertThat(JdbcClient.create(pool).sql("select name from before_crash").query(String.class).list())
                    .containsExactly("Phường Trung Thành");
        }
    }

    /** The process that crashes: starts the database, commits a row, says READY, and waits to be killed. */
    static final class CrashingWard57 {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedDatabaseConfig.start(Path.of(args[0]), false);
            try (HikariDataSource pool = (HikariDataSource) new EmbeddedDatabaseConfig().dataSource(postgres)) {
                JdbcClient jdbc = JdbcClient.create(pool);
                jdbc.sql("create table before_crash (name text)").update();
                jdbc.sql("insert into before_crash values ('Phường Trung Thành')").update();
            }
            System.out.println("READY");
            Thread.sleep(120_000);
        }
    }
}
