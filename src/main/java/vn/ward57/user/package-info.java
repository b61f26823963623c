/**
 * Users, their roles and where the roles apply, the login (form for people, HTTP Basic for API
 * clients) with throttling after repeated failures, and the first administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Người dùng",
        allowedDependencies = {"common", "org"})
package vn.ward57.user;
