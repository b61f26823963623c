package vn.ward57.report;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.report.domain.TemplateRepository;

/**
 * A report as files: the Word document (from the province's own template for the kind when it has one),
 * its appendices as a workbook, and a PDF when LibreOffice is installed.
 */
@Service
@Transactional(readOnly = true)
public class ReportFiles {

    private final ReportService reports;
    private final WardService wards;
    private final TemplateRepository templates;
    private final ReportDocument documents;
    private final AppendixWorkbook workbooks;
    private final PdfConverter pdf;

    ReportFiles(ReportService reports, WardService wards, TemplateRepository templates, ReportDocument documents,
                AppendixWorkbook workbooks, PdfConverter pdf) {
        this.reports = reports;
        this.wards = wards;
        this.templates = templates;
        this.documents = documents;
        this.workbooks = workbooks;
        this.pdf = pdf;
    }

    /** A file and the name it is downloaded under. */
    public record File(String name, String contentType, byte[] content) {
    }

    public File docx(long id) {
        Report report = reports.get(id);
        return new File(name(report, "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(report));
    }

    public File xlsx(long id) {
        Report report = reports.get(id);
        return new File(name(report, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbooks.xlsx(reports.content(id)));
    }

    public File pdf(long id) {
        Report report = reports.get(id);
        return new File(name(report, "pdf"), "application/pdf", pdf.pdf(docx(report)));
    }

    /** Whether a PDF can be made on this server (the page says when it cannot). */
    public boolean pdfAvailable() {
        return pdf.available();
    }

    private byte[] docx(Report report) {
        Ward ward = wards.get(report.wardCode());
        byte[] own = templates.find(ward.provinceId(), report.kind()).orElse(null);
        return documents.docx(reports.content(report.id()), own);
    }

    /** "bao-cao-NQ57_RESULTS-an-hai-2025-01-01-2026-06-30.docx": ASCII, so every browser keeps it. */
    static String name(Report report, String extension) {
        String kind = switch (report.kind()) {
            case NQ57_RESULTS -> "bao-cao-nq57";
            case PLAN_BUDGET -> "ke-hoach-du-toan";
            case MONTHLY -> "bao-cao-thang";
            case WEEKLY_BULLETIN -> "ban-tin-tuan";
        };
        String base = "%s-%s-%s-%s".formatted(kind, report.wardCode(), report.from(), report.to());
        return Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .toLowerCase(Locale.ROOT) + "." + extension;
    }
}
