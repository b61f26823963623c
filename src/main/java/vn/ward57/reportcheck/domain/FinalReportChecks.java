package vn.ward57.reportcheck.domain;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import vn.ward57.check.ReportReader;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.report.Report;
import vn.ward57.report.SentReports;
import vn.ward57.reportcheck.ReportCheck;

/**
 * A province checks every FINAL report its wards sent whose period ends in a range: each report's Word document
 * as sent, read and checked as an upload is, with its ward's figures of its period. A province has tens of wards
 * and each report takes a fraction of a second, so the batch runs in the background (the application's task
 * executor, as the user who started it) and its page shows how far it got; each report's check is kept as it
 * is made, and a batch that stops (an error, a restart) says so and keeps the checks it made.
 */
@Service
public class FinalReportChecks {

    private static final Logger log = LoggerFactory.getLogger(FinalReportChecks.class);

    private final CheckRun run;
    private final ReportCheckRepository checks;
    private final BatchRepository batches;
    private final WardService wards;
    private final SentReports reports;
    private final TaskExecutor executor;
    private final Messages messages;

    FinalReportChecks(CheckRun run, ReportCheckRepository checks, BatchRepository batches, WardService wards,
                      SentReports reports, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                      Messages messages) {
        this.run = run;
        this.checks = checks;
        this.batches = batches;
        this.wards = wards;
        this.reports = reports;
        this.executor = executor;
        this.messages = messages;
    }

    /** A batch: what it covers, how far it got, and its checks by ward (without findings). */
    public record Batch(long id, LocalDate from, LocalDate to, String status, int total, int done, String message,
                        String createdByName, OffsetDateTime createdAt, List<ReportCheck> checks) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        public int findings() {
            return checks.stream().mapToInt(ReportCheck::total).sum();
        }
    }

    /**
     * province: checked by whoever resolved it. Starts the batch and answers its number at once; refused when
     * the range is not one, or no ward sent a FINAL report in it.
     */
    public long start(Province province, LocalDate from, LocalDate to) {
        List<Report> finals = reports.finals(province, from, to);
        if (finals.isEmpty()) {
            throw new InvalidInputException("report-check.no-finals", "from");
        }
        long id = batches.start(province.id(), from, to, finals.size(), CurrentActor.name(),
                CurrentActor.find().map(a -> a.fullName()).orElse(CurrentActor.name()));
        Locale locale = LocaleContextHolder.getLocale();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                check(province, id, finals);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }));
        return id;
    }

    private void check(Province province, long id, List<Report> finals) {
        try {
            Map<String, Ward> byCode = wards.inProvince(province).stream()
                    .collect(Collectors.toMap(Ward::code, Function.identity()));
            for (Report report : finals) {
                Ward ward = byCode.get(report.wardCode());
                String name = ward.name() + " – " + report.title() + ".docx";
                var text = ReportReader.read(name, new ByteArrayInputStream(reports.document(ward, report)));
                var stored = run.check(name, text, report.from(), report.to(),
                        new CheckRun.Ward(ward.wardKey(), ward.name(), ward.provinceName(), (f, t) -> reports.figures(ward, f, t)));
                checks.insertForProvince(province.id(), ward.wardKey(), report.id(), id, stored);
                batches.progressed(province.id(), id);
            }
            batches.finish(province.id(), id, "DONE", null);
        } catch (Throwable e) {
            log.error("Kiểm tra báo cáo của {} (lần {}) dừng vì lỗi", province.code(), id, e);
            batches.finish(province.id(), id, "FAILED", messages.get("report-check.batch-failed"));
        }
    }

    /** A batch of the province's, by ward. */
    public Batch batch(Province province, long id) {
        var row = batches.find(province.id(), id)
                .orElseThrow(() -> new NotFoundException("report-check.not-found", null, id));
        List<ReportCheck> list = checks.batch(province.id(), id).stream()
                .map(r -> ReportChecks.of(r, List.of())).toList();
        return new Batch(id, row.periodFrom(), row.periodTo(), row.status(), row.total(), row.done(), row.message(),
                row.createdByName(), row.createdAt(), list);
    }

    /** The province's latest batch, if it has checked one. */
    public Optional<Batch> last(Province province) {
        return batches.last(province.id()).map(id -> batch(province, id));
    }

    /** A batch a stop of the application cut short says so; the checks it made are kept. */
    @EventListener(ApplicationReadyEvent.class)
    void interrupted() {
        int stopped = batches.markInterrupted(messages.get("report-check.batch-interrupted"));
        if (stopped > 0) {
            log.warn("{} lần kiểm tra báo cáo bị dừng khi máy chủ tắt", stopped);
        }
    }
}
