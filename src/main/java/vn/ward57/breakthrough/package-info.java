/**
 * Breakthrough models (mô hình, kết quả đột phá: the columns of Phụ lục IX) with the ward's tasks and
 * indicators they serve, and recommendations (đề xuất, kiến nghị: Phụ lục X), either resolved by the
 * ward itself or needing a higher level, with their follow-up (issue 7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mô hình đột phá, đề xuất kiến nghị",
        allowedDependencies = {"common", "indicator", "org", "task"})
package vn.ward57.breakthrough;
