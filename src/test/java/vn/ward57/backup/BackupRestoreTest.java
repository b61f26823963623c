package vn.ward57.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.backup.domain.ArchiveRestore;
import vn.ward57.org.WardAccess;

@Ward57Test
class BackupRestoreTest {

    @Autowired
    Backups backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectProvider<EmbeddedPostgres> embedded;
    @TempDir
    Path tmp;

    @Test
    void aRestoredBackupHasEveryRowAsItWasWhenTheBackupWasTaken() throws Exception {
        Map<String, String> before = fingerprint(jdbc);
        BackupRun run = backups.run();
        assertThat(run.ok()).as(run.message()).isTrue();
        assertThat(fingerprint(jdbc)).as("nothing was written while the backup ran").isEqualTo(before);

        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"sao-luu\",\"name\":\"Tổ sao lưu\"}"))
                .andExpect(status().isCreated());
        assertThat(fingerprint(jdbc)).isNotEqualTo(before);

        restoreOnStart(backups.dir().resolve(run.file()), tmp);
        try (EmbeddedPostgres restored = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg"))
                .setPGStartupWait(Duration.ofSeconds(60))
                .setCleanDataDirectory(false).start()) {
            JdbcClient db = JdbcClient.create(restored.getDatabase("postgres", "ward57"));
            assertThat(fingerprint(db)).isEqualTo(before);
            assertThat(db.sql("select count(*) from unit where code = 'sao-luu'").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void theOptionLeftOnRestoresOnlyOnceAndTheFormerDataIsKept() throws Exception {
        BackupRun run = backups.run();
        Path pg = Files.createDirectories(tmp.resolve("pg"));
        Files.writeString(pg.resolve("PG_VERSION"), "17\n");
        Files.writeString(pg.resolve("the-former-data"), "x");

        restoreOnStart(backups.dir().resolve(run.file()), tmp);
        restoreOnStart(backups.dir().resolve(run.file()), tmp);

        assertThat(pg.resolve("global/pg_control")).exists();
        assertThat(pg.resolve("backup_label")).exists();
        assertThat(pg.resolve("the-former-data")).doesNotExist();
        try (Stream<Path> siblings = Files.list(tmp)) {
            List<Path> kept = siblings.filter(p -> p.getFileName().toString().startsWith("pg.before-restore-")).toList();
            assertThat(kept).hasSize(1);
            assertThat(kept.getFirst().resolve("the-former-data")).exists();
        }
    }

    @Test
    void theDataDirectoryOfARunningServerIsNotTouched() throws Exception {
        BackupRun run = backups.run();
        Path live = Path.of(jdbc.sql("select current_setting('data_directory')").query(String.class).single());
        assertThatThrownBy(() -> ArchiveRestore.restore(backups.dir().resolve(run.file()), live))
                .hasMessageContaining("đang được dùng: hãy tắt ward57 trước khi phục hồi");
        assertThat(jdbc.sql("select count(*) from ward").query(Integer.class).single()).isPositive();
        assertThat(live.resolveSibling("pg.restoring")).doesNotExist();
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAndTheDataStaysAsItWas() throws Exception {
        Path pg = Files.createDirectories(tmp.resolve("data/pg"));
        Files.writeString(pg.resolve("PG_VERSION"), "17\n");
        BackupRun run = backups.run();
        byte[] whole = Files.readAllBytes(backups.dir().resolve(run.file()));
        Path truncated = Files.write(tmp.resolve("truncated.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path foreign = zip(tmp.resolve("foreign.zip"), Map.of("notes.txt", "không phải sao lưu"));
        Path escaping = zip(tmp.resolve("escaping.zip"), Map.of("../../outside", "x"));

        assertThatThrownBy(() -> ArchiveRestore.restore(truncated, pg)).hasMessageContaining("đã hỏng");
        assertThatThrownBy(() -> ArchiveRestore.restore(foreign, pg))
                .hasMessageContaining("không phải bản sao lưu ward57 (thiếu").hasMessageContaining("global/pg_control");
        assertThatThrownBy(() -> ArchiveRestore.restore(escaping, pg)).hasMessageContaining("mục không hợp lệ: ../../outside");
        assertThatThrownBy(() -> ArchiveRestore.restore(tmp.resolve("none.zip"), pg)).hasMessageContaining("Không thấy tệp sao lưu");
        try (Stream<Path> left = Files.list(pg)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("PG_VERSION", "epg-lock");
        }
        try (Stream<Path> siblings = Files.list(tmp.resolve("data"))) {
            assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactly("pg");
        }
        assertThat(tmp.resolve("outside")).doesNotExist();
    }

    @Test
    void aBackupThatTakesTooLongFailsLeavingNoFileButItsReason() throws Exception {
        Path own = tmp.resolve("backups");
        Backups slow = new Backups(embedded, own, Duration.ofMillis(1), Duration.ofDays(2), "-", 14, 8,
                new WardAccess());
        BackupRun run = slow.run();
        assertThat(run.ok()).isFalse();
        assertThat(run.file()).isNull();
        assertThat(run.message()).contains("quá thời gian");
        try (Stream<Path> files = Files.list(own)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(BackupRun.FILE_NAME);
        }
        assertThat(BackupRun.read(own)).contains(run);
        assertThat(slow.run().ok()).as("the next run is not blocked by the failed one").isFalse();
    }

    @Test
    void withAnExternalServerNothingIsCopied() {
        ObjectProvider<EmbeddedPostgres> none = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(EmbeddedPostgres.class);
        Backups external = new Backups(none, tmp.resolve("backups"), Duration.ofHours(1), Duration.ofDays(2), "0 0 2 * * *", 14, 8,
                new WardAccess());
        external.nightly();
        assertThat(tmp.resolve("backups")).doesNotExist();
        assertThat(external.staleWarning()).isNull();
    }

    static void restoreOnStart(Path archive, Path dataDir) {
        MockEnvironment environment = new MockEnvironment().withProperty("ward57.restore", archive.toString())
                .withProperty("ward57.data-dir", dataDir.toString());
        new RestoreOnStart(Supplier::get).postProcessEnvironment(environment, null);
    }

    /** Each table's row count and a hash of its rows, and every sequence's position. */
    static Map<String, String> fingerprint(JdbcClient db) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : db.sql("""
                select quote_ident(table_name) from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by 1
                """).query(String.class).list()) {
            tables.put(table, db.sql("select count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '')"
                    + " from " + table + " t").query(String.class).single());
        }
        tables.put("(sequences)", db.sql("select coalesce(string_agg(sequencename || '=' || coalesce(last_value, 0), ','"
                + " order by sequencename), '') from pg_sequences where schemaname = 'public'").query(String.class).single());
        return tables;
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
