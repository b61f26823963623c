package vn.ward57.common.database;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Figures computed from a ward's data are kept with Spring's cache abstraction, in Caffeine caches
 * bounded by {@code spring.cache.caffeine.spec}, under keys that hold the ward's revision ({@link
 * WardRevisions}): a write raises the revision, so the next request asks for another key and never
 * gets an old figure, and the bound drops the keys no one asks for any more. The cache is asked after
 * method security (its interceptors come first) and before a transaction begins (order 0, the
 * transactions' is the lowest), so an answer from the cache holds no database connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = 0)
class RevisionCaching {
}
