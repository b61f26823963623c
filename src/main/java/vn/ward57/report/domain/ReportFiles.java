package vn.ward57.report.domain;

import vn.ward57.report.Report;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.report.document.PdfConverter;
import vn.ward57.report.document.AppendixWorkbook;
import vn.ward57.report.document.ReportDocument;
import vn.ward57.org.Ward;

/**
 * A report as files: the Word document (from the province's own template for the kind when it has one),
 * its appendices as a workbook, and a PDF when LibreOffice is installed.
 */
@Service
@Transactional(readOnly = true)
public class ReportFiles {

    private final ReportService reports;
    private final TemplateRepository templates;
    private final ReportDocument documents;
    private final AppendixWorkbook workbooks;
    private final PdfConverter pdf;

    ReportFiles(ReportService reports, TemplateRepository templates, ReportDocument documents,
                AppendixWorkbook workbooks, PdfConverter pdf) {
        this.reports = reports;
        this.templates = templates;
        this.documents = documents;
        this.workbooks = workbooks;
        this.pdf = pdf;
    }

    /** A file and the name it is downloaded under. */
    public record File(String name, String contentType, byte[] content) {

        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /** ward: read-checked by whoever resolved it (a Ward parameter, {@link ReportService#wardOf}). */
    public File docx(Ward ward, long id) {
        return docx(ward, reports.get(ward, id));
    }

    /** The Word document of a report of the ward (a province collects its wards' reports so). */
    public File docx(Ward ward, Report report) {
        return new File(name(report, "docx"), File.DOCX, word(ward, report));
    }

    public File xlsx(Ward ward, long id) {
        Report report = reports.get(ward, id);
        return new File(name(report, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbooks.xlsx(reports.content(ward, report)));
    }

    public File pdf(Ward ward, long id) {
        Report report = reports.get(ward, id);
        return new File(name(report, "pdf"), "application/pdf", pdf.pdf(word(ward, report)));
    }

    /** Whether a PDF can be made on this server (the page says when it cannot). */
    public boolean pdfAvailable() {
        return pdf.available();
    }

    private byte[] word(Ward ward, Report report) {
        byte[] own = templates.find(ward.provinceId(), report.kind()).orElse(null);
        return documents.docx(reports.content(ward, report), own);
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
