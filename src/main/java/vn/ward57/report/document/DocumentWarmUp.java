package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first Word document a JVM makes costs seconds (Apache POI's classes and XML schemas load); making
 * one small document in the background after start moves that cost away from the first officer's click.
 */
@Component
class DocumentWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

    private final ReportDocument documents;
    private final AppendixWorkbook workbooks;
    private final boolean enabled;

    DocumentWarmUp(ReportDocument documents, AppendixWorkbook workbooks,
                   @Value("${ward57.reports.warm-up:true}") boolean enabled) {
        this.documents = documents;
        this.workbooks = workbooks;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread.ofVirtual().name("report-warm-up").start(() -> {
            long t0 = System.nanoTime();
            try {
                ReportContent sample = new ReportContent(ReportKind.MONTHLY,
                        new ReportContent.Header("UBND TỈNH", "ỦY BAN NHÂN DÂN PHƯỜNG", "Số: 1/BC-UBND", "ngày 01 tháng 01 năm 2026",
                                "BÁO CÁO", "Khởi động", List.of("Mở đầu."), "Kết thúc./.", List.of("Lưu: VT."),
                                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Kèm theo)"),
                        Map.of(), List.of(new ReportContent.Section("m5", 2, "I. MỤC", List.of("Dòng."), "<p><b>Đoạn</b></p>", null)),
                        List.of(new ReportContent.Appendix("I", "Phụ lục I. Bảng", true, List.of("STT", "Nội dung"),
                                List.of(ReportContent.Row.of("1", "x")), null)));
                documents.docx(sample, null);
                workbooks.xlsx(sample);
                log.info("Report documents warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Report warm-up failed (the first download will be slower): {}", e.toString());
            }
        });
    }
}
