package vn.ward57.common.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * {@code @PreAuthorize} on the services' public methods, whose expressions call the one access rule (the bean
 * {@code access}, org's WardAccess). Its checks throw an AccessDeniedException whose message is the key the
 * person reads; the pages' and the API's exception handlers answer it as 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {
}
