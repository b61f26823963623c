/**
 * The little that every capability shares: the embedded database, the acting user and the ward
 * access rule, error types that become RFC 9457 problem details, and the change event the audit
 * log records. Kept small on purpose: a feature's code lives in its own module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ward57.common;
