package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What one run of the embedded database commits, the next run reads: nothing is lost on restart. */
class EmbeddedDatabasePersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void committedRowsSurviveARestart() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        try (EmbeddedPostgres first = EmbeddedDatabaseConfig.start(dataDir, false);
             HikariDataSource pool = (HikariDataSource) config.dataSource(first)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table kept (name text)").update();
            jdbc.sql("insert into kept values ('Phường An Hải')").update();
        }
        try (EmbeddedPostgres second = EmbeddedDatabaseConfig.start(dataDir, false);
             HikariDataSource pool = (HikariDataSource) config.dataSource(second)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("select name from kept").query(String.class).list()).containsExactly("Phường An Hải");
        }
    }
}
