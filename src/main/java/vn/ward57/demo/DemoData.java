package vn.ward57.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ward57.dossier.DossierImportService;
import vn.ward57.dossier.DossierImportStatus;
import vn.ward57.indicator.IndicatorService;

/**
 * Loads demo/demo-data.sql and demo/demo-tasks.sql (directives, meetings, tasks) when the demo ward is
 * not there yet; has each demo ward adopt the preloaded indicator catalogue and loads
 * demo/demo-indicators.sql (eighteen months of values and the units' report forms); then a year of
 * generated dossiers for each demo ward through the real import path (as many as the seed reports count).
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> REGISTERS = List.of("people", "community", "assets", "budget", "breakthrough",
            "initiative", "feedback", "reports");
    /** The demo's year ends here whatever the day it runs, so its figures never change. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DossierImportService imports;
    private final IndicatorService indicators;

    DemoData(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
             DossierImportService imports, IndicatorService indicators) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.imports = imports;
        this.indicators = indicators;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean loaded = jdbc.sql("select count(*) from ward where code = 'an-hai'").query(Long.class).single() > 0;
        if (loaded) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // the wards, units and users, then their directives, meetings and tasks
            var script = new ResourceDatabasePopulator(new ClassPathResource("demo/demo-data.sql"),
                    new ClassPathResource("demo/demo-tasks.sql"));
            script.setSqlScriptEncoding("UTF-8");
            script.execute(dataSource);
            // the catalogue (matched to the units by name), then eighteen months of values and forms
            indicators.adoptCatalogueAsSystem("an-hai");
            indicators.adoptCatalogueAsSystem("trung-thanh");
            var values = new ResourceDatabasePopulator(new ClassPathResource("demo/demo-indicators.sql"));
            values.setSqlScriptEncoding("UTF-8");
            values.execute(dataSource);
            // the registers behind the reports' figures: people and training, community teams, assets, budget
            for (String register : REGISTERS) {
                var file = new ClassPathResource("demo/demo-" + register + ".sql");
                if (file.exists()) {
                    var populator = new ResourceDatabasePopulator(file);
                    populator.setSqlScriptEncoding("UTF-8");
                    populator.execute(dataSource);
                }
            }
        });
        // seed 000: An Hải received 7.355 dossiers in 2025; seed 004: Trung Thành 4.838 in its last period
        importYear("an-hai", 57_000L, 7_355);
        importYear("trung-thanh", 4_838L, 4_838);
        log.info("Đã nạp dữ liệu mẫu: phường an-hai và trung-thanh; mật khẩu mẫu ward57-demo");
    }

    private void importYear(String ward, long seed, int count) throws IOException {
        Path file = Files.createTempFile("ward57-demo-", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DossierExportGenerator(seed).writeCsv(out, ward.toUpperCase(), AS_OF.minusYears(1).plusDays(1),
                        AS_OF, count, DossierExportGenerator.Layout.VIETNAMESE);
            }
            var done = imports.importAsSystem(ward, file);
            if (done.status() != DossierImportStatus.Status.SUCCEEDED) {
                throw new IllegalStateException("demo dossiers of " + ward + " were refused: " + done.message());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
