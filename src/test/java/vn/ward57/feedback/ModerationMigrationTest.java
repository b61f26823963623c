package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V30 on a database of V28 (the last before it here) with data: items the public form made public are no longer public until
 * an officer publishes them, nor is any address shown; the first administrator becomes the system admin.
 */
class ModerationMigrationTest {

    @TempDir
    Path data;

    @Test
    void existingItemsAreNotPublicUntilMarkedAndTheFirstAdminBecomesTheSystemAdmin() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(true).setLocaleConfig("locale", "C.UTF-8").start()) {
            var source = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(source).locations("classpath:db/migration").target("28").load().migrate();
            JdbcClient jdbc = JdbcClient.create(source);
            jdbc.sql("""
                    insert into province (code, name) values ('tinh-v30', 'Tỉnh V30');
                    insert into ward (province_id, code, name) select id, 'v30', 'Phường V30' from province;
                    insert into feedback_category (ward_id, code, name) select id, 'HA-TANG', 'Hạ tầng' from ward;
                    insert into feedback_item (ward_id, code, channel, received_on, category_id, content, address,
                        submitter_name, due_on, public)
                    select w.id, 'PA-2026-0001', 'PUBLIC_FORM', date '2026-05-04', c.id, 'Cống tắc', 'Số 7 Lê Lợi',
                        'Cư dân', date '2026-05-18', true
                    from ward w join feedback_category c on c.ward_id = w.id;
                    insert into app_user (username, password_hash, full_name, role) values
                        ('admin', 'x', 'Quản trị', 'PROVINCE_ADMIN'), ('so.v30', 'x', 'Sở', 'PROVINCE_ADMIN');
                    """).update();

            Flyway.configure().dataSource(source).locations("classpath:db/migration").target("30").load().migrate();

            assertThat(jdbc.sql("select count(*) from feedback_item where published_at is not null or address_consent")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select username || ' ' || role from app_user order by username")
                    .query(String.class).list()).containsExactly("admin SYSTEM_ADMIN", "so.v30 PROVINCE_ADMIN");
        }
    }
}
