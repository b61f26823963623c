package vn.ward57.demo;

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
import org.springframework.transaction.annotation.Transactional;

/** Loads demo/demo-data.sql when the demo ward is not there yet, all in one transaction. */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DemoData(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select count(*) from ward where code = 'an-hai'").query(Long.class).single() > 0;
        if (loaded) {
            return;
        }
        var script = new ResourceDatabasePopulator(new ClassPathResource("demo/demo-data.sql"));
        script.setSqlScriptEncoding("UTF-8");
        script.execute(dataSource);
        log.info("Đã nạp dữ liệu mẫu: phường an-hai và trung-thanh; mật khẩu mẫu ward57-demo");
    }
}
