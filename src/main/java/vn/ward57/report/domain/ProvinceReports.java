package vn.ward57.report.domain;

import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.report.document.ReportTemplates;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * What a province does with its wards' reports: replace a kind's Word template with its own (checked
 * first), and collect the FINAL reports of all its wards for a period.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceReports {

    static final int MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

    private final WardService wards;
    private final ReportRepository reports;
    private final TemplateRepository templates;
    private final ReportTemplates checks;
    private final ReportFiles files;
    private final ApplicationEventPublisher events;

    ProvinceReports(WardService wards, ReportRepository reports, TemplateRepository templates,
                    ReportTemplates checks, ReportFiles files, ApplicationEventPublisher events) {
        this.wards = wards;
        this.reports = reports;
        this.templates = templates;
        this.checks = checks;
        this.files = files;
        this.events = events;
    }

    /** Each kind and the name of the province's own template for it, or null while the shipped one is used. */
    public record TemplateInfo(ReportKind kind, String ownFileName) {
    }

    /** province: checked by whoever resolved it (a Province parameter: its admins only). */
    public List<TemplateInfo> templates(Province p) {
        List<TemplateInfo> list = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            list.add(new TemplateInfo(kind, templates.fileName(p.id(), kind).orElse(null)));
        }
        return list;
    }

    /** The template for the kind (the province's own or the shipped one), to download and adapt. */
    public ReportFiles.File template(Province p, String kindName) {
        ReportKind kind = kind(kindName);
        return new ReportFiles.File(kind.name().toLowerCase(Locale.ROOT) + ".docx", ReportFiles.File.DOCX,
                templates.find(p.id(), kind).orElseGet(() -> checks.shipped(kind)));
    }

    @Transactional
    @PreAuthorize("@access.administer(#p)")
    public TemplateInfo upload(Province p, String kindName, String fileName, byte[] content) {
        ReportKind kind = kind(kindName);
        if (content == null || content.length == 0 || content.length > MAX_TEMPLATE_BYTES) {
            throw new InvalidInputException("report.template-size", "file", String.valueOf(MAX_TEMPLATE_BYTES / 1024 / 1024));
        }
        checks.validate(kind, content);
        String name = fileName == null || fileName.isBlank() ? kind.name() + ".docx" : fileName.strip();
        templates.save(p.id(), kind, name.length() > 300 ? name.substring(0, 300) : name, content, CurrentActor.name());
        events.publishEvent(ChangeRecorded.updated("report_template", p.code() + "/" + kind, p.id(), null, null, name));
        return new TemplateInfo(kind, name);
    }

    /** Back to the shipped template. */
    @Transactional
    @PreAuthorize("@access.administer(#p)")
    public void reset(Province p, String kindName) {
        ReportKind kind = kind(kindName);
        if (templates.delete(p.id(), kind)) {
            events.publishEvent(ChangeRecorded.deleted("report_template", p.code() + "/" + kind, p.id(), null, kind));
        }
    }

    /** The FINAL reports of the kind of every ward of the province whose period ends in [from, to]. */
    public List<Report> finals(Province p, String kindName, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException(from == null || to == null ? "stats.period-required" : "stats.period-reversed",
                    from == null ? "from" : "to");
        }
        return reports.finalInProvince(p.id(), kind(kindName), from, to);
    }

    /** Those reports' Word documents in one ZIP, each named by its ward and period. */
    public ReportFiles.File zip(Province p, String kindName, LocalDate from, LocalDate to) {
        List<Report> finals = finals(p, kindName, from, to);
        Map<String, Ward> wardsByCode = wards.inProvince(p).stream()
                .collect(Collectors.toMap(Ward::code, Function.identity()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Report report : finals) {
                ReportFiles.File file = files.docx(wardsByCode.get(report.wardCode()), report);
                zip.putNextEntry(new ZipEntry(report.id() + "-" + file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportFiles.File("bao-cao-" + p.code() + "-" + from + "-" + to + ".zip", "application/zip",
                bytes.toByteArray());
    }

    private static ReportKind kind(String name) {
        ReportKind kind = ReportKind.parse(name);
        if (kind == null) {
            throw new InvalidInputException("report.kind-required", "kind");
        }
        return kind;
    }
}
