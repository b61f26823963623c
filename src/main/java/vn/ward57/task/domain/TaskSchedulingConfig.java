package vn.ward57.task.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link TaskReminders} daily; kept in this module because only it schedules anything. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskSchedulingConfig {
}
