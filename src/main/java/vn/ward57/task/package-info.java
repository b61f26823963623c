/**
 * Directives, tasks and meetings (văn bản chỉ đạo, nhiệm vụ, cuộc họp): the documents and
 * meetings that assign the ward its tasks, each task's dated history with evidence, and the
 * status of every task as of any date with the ward's traffic light (issue 4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản, nhiệm vụ, cuộc họp",
        allowedDependencies = {"check", "common", "figure", "org", "user"})
package vn.ward57.task;
