/**
 * The application shell: security filter chains (form login for people, HTTP Basic for the
 * API), language, the page layout with navigation and ward switcher, home, login and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Giao diện",
        allowedDependencies = {"common", "feedback", "figure", "indicator", "org", "task"})
package vn.ward57.web;
