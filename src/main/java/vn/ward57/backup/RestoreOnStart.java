package vn.ward57.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;
import vn.ward57.backup.domain.ArchiveRestore;

/**
 * {@code java -jar ward57.jar --ward57.restore=<backup.zip>} (or {@code WARD57_RESTORE}): puts the
 * backup in place of the embedded database before anything starts it, then the app starts as
 * always (Flyway brings an older backup up to date). Runs while Boot prepares the environment,
 * the one moment after the settings are read and before the embedded server is started.
 */
class RestoreOnStart implements EnvironmentPostProcessor {

    private final Log log;

    RestoreOnStart(DeferredLogFactory logs) {
        this.log = logs.getLog(RestoreOnStart.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String file = environment.getProperty("ward57.restore");
        if (!StringUtils.hasText(file)) {
            return;
        }
        if (StringUtils.hasText(environment.getProperty("WARD57_DB_URL"))) {
            throw new IllegalStateException("ward57.restore chỉ phục hồi cơ sở dữ liệu nhúng; máy chủ WARD57_DB_URL"
                    + " được phục hồi bằng bản sao lưu của chính nó / ward57.restore restores the embedded database only");
        }
        Path archive = Path.of(file.strip()).toAbsolutePath();
        Path pgData = Path.of(environment.getRequiredProperty("ward57.data-dir")).resolve("pg").toAbsolutePath();
        try {
            ArchiveRestore.Outcome outcome = ArchiveRestore.restore(archive, pgData);
            if (!outcome.done()) {
                log.warn(archive + " đã được phục hồi vào " + pgData + " từ trước; không phục hồi lại."
                        + " Bỏ ward57.restore khỏi lệnh khởi động / already restored, nothing done");
            } else {
                log.warn("Đã phục hồi " + archive + " vào " + pgData + (outcome.kept() == null ? ""
                        : "; dữ liệu trước đó được giữ ở " + outcome.kept()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không phục hồi được " + archive + ": " + e.getMessage(), e);
        }
    }
}
