/**
 * Checking any report (issue 24): a ward officer before sending, or a province officer on receiving, uploads a
 * Word, PDF or text report and gets its inconsistent figures, each with its sentence, where it stands and why.
 * Reading and checking are module check's; figures of a ward that ward57 holds data for come from module report
 * (the same checker and names a report's own narrative is checked with). A province checks its wards' FINAL
 * reports of a period in one go. What is kept is the text read and the findings, not the file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiểm tra báo cáo",
        allowedDependencies = {"check", "common", "org", "report"})
package vn.ward57.reportcheck;
