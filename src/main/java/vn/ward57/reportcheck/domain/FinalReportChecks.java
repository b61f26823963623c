package vn.ward57.reportcheck.domain;

import vn.ward57.reportcheck.CheckedBlock;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.ReportCheckFinding;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ward57.check.ReportReader;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.report.Report;
import vn.ward57.report.SentReports;

/**
 * A province checks in one go every FINAL report its wards sent whose period ends in a range: each report's
 * Word document as sent, read and checked as an upload is, with its ward's figures of its period. The checks
 * of one go form a batch, stored together or not at all.
 */
@Service
public class FinalReportChecks {

    private final CheckRun run;
    private final ReportCheckRepository checks;
    private final WardService wards;
    private final SentReports reports;
    private final TransactionTemplate transaction;

    FinalReportChecks(CheckRun run, ReportCheckRepository checks, WardService wards, SentReports reports,
                      PlatformTransactionManager transactions) {
        this.run = run;
        this.checks = checks;
        this.wards = wards;
        this.reports = reports;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One batch: its number and its checks by ward (without findings). */
    public record Batch(long id, LocalDate from, LocalDate to, List<ReportCheck> checks) {

        public int total() {
            return checks.stream().mapToInt(ReportCheck::total).sum();
        }

        public int high() {
            return checks.stream().mapToInt(ReportCheck::high).sum();
        }
    }

    /** province: checked by whoever resolved it. Refused when no ward sent a FINAL report in the range. */
    public Batch check(Province province, LocalDate from, LocalDate to) {
        List<Report> finals = reports.finals(province, from, to);
        if (finals.isEmpty()) {
            throw new InvalidInputException("report-check.no-finals", "from");
        }
        Map<String, Ward> byCode = wards.inProvince(province).stream()
                .collect(Collectors.toMap(Ward::code, Function.identity()));
        List<Checked> done = new ArrayList<>();
        for (Report report : finals) {
            Ward ward = byCode.get(report.wardCode());
            byte[] docx = reports.document(ward, report);
            String name = ward.name() + " – " + report.title() + ".docx";
            var text = ReportReader.read(name, new ByteArrayInputStream(docx));
            done.add(new Checked(ward, report, run.check(name, text, report.from(), report.to(),
                    new CheckRun.Ward(ward.name(), (f, t) -> reports.figures(ward, f, t)))));
        }
        Long batch = transaction.execute(status -> {
            long id = checks.nextBatch();
            for (Checked c : done) {
                checks.insertForProvince(province.id(), c.ward().wardKey(), c.report().id(), id, c.stored());
            }
            return id;
        });
        return batch(province, batch);
    }

    private record Checked(Ward ward, Report report, ReportCheckRepository.Stored stored) {
    }

    /** A batch of the province's, by ward. */
    public Batch batch(Province province, long id) {
        List<ReportCheck> list = checks.batch(province.id(), id).stream()
                .map(r -> ReportChecks.of(r, List.of())).toList();
        LocalDate from = list.stream().map(ReportCheck::from).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        LocalDate to = list.stream().map(ReportCheck::to).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        return new Batch(id, from, to, list);
    }

    /** The province's latest batch, if it has checked one. */
    public Optional<Batch> last(Province province) {
        return checks.lastBatch(province.id()).map(id -> batch(province, id));
    }
}
