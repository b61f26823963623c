package vn.ward57.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.check.KnownFigures;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.report.domain.ProvinceReports;
import vn.ward57.report.domain.ReportFiles;
import vn.ward57.report.domain.UploadFigures;

/**
 * What the report check (issue 24) reads of this module: a ward's figures of any period, named as the
 * narrative check names them, and the FINAL reports a province's wards sent, as the Word files they sent.
 */
@Service
public class SentReports {

    private final UploadFigures figures;
    private final ProvinceReports province;
    private final ReportFiles files;

    SentReports(UploadFigures figures, ProvinceReports province, ReportFiles files) {
        this.figures = figures;
        this.province = province;
        this.files = files;
    }

    /** ward: read-checked by whoever resolved it. */
    public KnownFigures figures(Ward ward, LocalDate from, LocalDate to) {
        return figures.of(ward, from, to);
    }

    /** The FINAL reports of every kind whose period ends in [from, to], by ward name. */
    public List<Report> finals(Province p, LocalDate from, LocalDate to) {
        List<Report> all = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            all.addAll(province.finals(p, kind.name(), from, to));
        }
        all.sort(Comparator.comparing(Report::wardCode).thenComparing(Report::to).thenComparingLong(Report::id));
        return all;
    }

    /** The Word document of a report as it was sent (a FINAL one keeps its content). */
    public byte[] document(Ward ward, Report report) {
        return files.docx(ward, report).content();
    }
}
