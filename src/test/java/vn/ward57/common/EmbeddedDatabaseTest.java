package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ward57.Ward57Test;

/** The embedded PostgreSQL is what the issue asks: 17, durable commits, Vietnamese collation, on disk. */
@Ward57Test
class EmbeddedDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void itIsPostgresql17WithSynchronousCommit() {
        assertThat(jdbc.sql("show server_version_num").query(String.class).single()).startsWith("17");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void vietnameseNamesSortWithTheIcuCollation() {
        List<String> sorted = jdbc.sql("""
                select n from (values ('Ương'), ('Đông'), ('Ân'), ('Dương'), ('An'), ('Uyên'), ('Ă')) v(n)
                order by n collate "vi-VN-x-icu"
                """).query(String.class).list();
        // Vietnamese alphabet: a ă â … d đ … u ư
        assertThat(sorted).containsExactly("An", "Ă", "Ân", "Dương", "Đông", "Uyên", "Ương");
    }

    @Test
    void theDataLiveOnDiskUnderTheConfiguredDirectory() {
        // application-test.yml puts each test database under target/test-data/<random>/pg
        Path data = Path.of(jdbc.sql("show data_directory").query(String.class).single());
        assertThat(data.getFileName().toString()).isEqualTo("pg");
        assertThat(data.startsWith(Path.of("target/test-data").toAbsolutePath())).isTrue();
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    }
}
