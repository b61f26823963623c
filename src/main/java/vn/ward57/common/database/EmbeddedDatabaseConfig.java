package vn.ward57.common.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without {@code WARD57_DB_URL} the app runs its own PostgreSQL 17, whose data directory
 * ({@code WARD57_DATA_DIR}/pg) survives restarts, so a ward can start with nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
    static final String DATABASE = "ward57";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${ward57.data-dir}") Path dataDir,
            @Value("${ward57.embedded-db.clean:false}") boolean clean) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgData);
        log.info("Khởi động PostgreSQL nhúng, thư mục dữ liệu {}", pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(clean)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "50")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("ward57-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
        boolean exists = admin.sql("select count(*) from pg_database where datname = ?")
                .param(DATABASE).query(Integer.class).single() > 0;
        if (!exists) {
            // CREATE DATABASE cannot run in a transaction; JdbcClient runs it in autocommit.
            admin.sql("create database " + DATABASE + " encoding 'UTF8' template template0").update();
        }
    }
}
