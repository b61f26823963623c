package vn.ward57.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link Backups#nightly()}; declared here too so the backups do not hang on another module's setup. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupSchedulingConfig {
}
