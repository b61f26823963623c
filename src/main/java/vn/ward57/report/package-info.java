/**
 * The ward's periodic reports (issue 8): Báo cáo kết quả thực hiện Nghị quyết 57 with Phụ lục I–X, the plan
 * and budget estimate, the monthly report and the weekly bulletin. The system fills every figure and table
 * from the other modules' statistics, carries the narrative over, checks the figures agree, and writes the
 * document in the format of Nghị định 30/2020/NĐ-CP; FINAL keeps what was sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo",
        allowedDependencies = {"asset", "breakthrough", "budget", "check", "common", "community", "dossier",
                "feedback", "indicator", "initiative", "org", "people", "task"})
package vn.ward57.report;
