package vn.ward57.reportcheck.domain;

import vn.ward57.reportcheck.CheckedBlock;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.ReportCheckFinding;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.ward57.common.Texts;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.report.SentReports;
import vn.ward57.reportcheck.domain.ReportCheckRepository.Row;

/**
 * Checks an uploaded report and keeps the result: a ward's own check (compared with the ward's figures), or a
 * province's (compared with a ward's figures when it names the ward). The file is read and checked outside any
 * transaction; the one insert stores it whole, so a refused file leaves nothing behind.
 */
@Service
public class ReportChecks {

    /** How many of the latest checks a page lists. */
    static final int LISTED = 50;

    private final CheckRun run;
    private final ReportCheckRepository checks;
    private final WardService wards;
    private final SentReports reports;
    private final WardAccess access;

    ReportChecks(CheckRun run, ReportCheckRepository checks, WardService wards, SentReports reports,
                 WardAccess access) {
        this.run = run;
        this.checks = checks;
        this.wards = wards;
        this.reports = reports;
        this.access = access;
    }

    /**
     * ward: read-checked by whoever resolved it. A check is kept among the ward's records, so it is checked as
     * entering data is (not a viewer), here rather than by annotation: the API's upload calls it from within.
     */
    public ReportCheck checkForWard(Ward ward, String fileName, InputStream content, String period) {
        access.enterData(ward);
        var stored = run.check(fileName, content, period, blocks -> of(ward));
        return get(checks.insertForWard(ward.wardKey(), stored));
    }

    /**
     * province: checked by whoever resolved it; wardCode, when given, one of its wards whose figures to compare,
     * else the one of its wards the report's issuer line names, if any.
     */
    public ReportCheck checkForProvince(Province province, String wardCode, String fileName, InputStream content,
                                        String period) {
        Ward ward = Texts.blankToNull(wardCode) == null ? null : wards.get(wardCode.strip());
        if (ward != null && ward.provinceId() != province.id()) {
            throw new InvalidInputException("report-check.ward-elsewhere", "wardCode", ward.name(), province.name());
        }
        var stored = run.check(fileName, content, period, blocks -> ward != null ? of(ward)
                : NamedWard.issuer(blocks, wards.inProvince(province), Ward::name).map(this::of).orElse(null));
        return get(checks.insertForProvince(province.id(), ward == null ? null : ward.wardKey(), null, null, stored));
    }

    /**
     * The API's upload: a ward user checks for its ward (or the one named), a province's staff for the province
     * of the ward named, else for its one province (provinceCode when it holds several).
     */
    public ReportCheck check(String wardCode, String provinceCode, String fileName, InputStream content, String period) {
        Actor actor = CurrentActor.get();
        String named = Texts.blankToNull(wardCode);
        if (!actor.isProvinceAdmin()) {
            return checkForWard(wards.get(named == null ? actor.wardCode() : named.strip()), fileName, content, period);
        }
        String province = named != null ? wards.get(named.strip()).provinceCode() : Texts.blankToNull(provinceCode);
        if (province == null) {
            Set<String> held = actor.provinceCodes();
            if (held.size() != 1) {
                throw new InvalidInputException("report-check.province-required", "provinceCode");
            }
            province = held.iterator().next();
        }
        return checkForProvince(wards.requireProvince(province.strip()), named, fileName, content, period);
    }

    /** A check with its findings, for whoever may read its ward, or administers its province. */
    public ReportCheck get(long id) {
        Row row = checks.find(id).orElseThrow(() -> notFound(id));
        if (row.provinceCode() == null) {
            wards.get(new WardId(row.wardId()));
        } else {
            wards.requireProvince(row.provinceCode());
        }
        return of(row, run.findings(row.findings()));
    }

    /** A check of the ward's own (404 for another's, so a number tells nothing). */
    public ReportCheck ofWard(Ward ward, long id) {
        Row row = checks.find(id).filter(r -> r.provinceCode() == null && r.wardId() == ward.wardKey())
                .orElseThrow(() -> notFound(id));
        return of(row, run.findings(row.findings()));
    }

    /** A check of the province's own. */
    public ReportCheck ofProvince(Province province, long id) {
        Row row = checks.find(id).filter(r -> province.code().equals(r.provinceCode())).orElseThrow(() -> notFound(id));
        return of(row, run.findings(row.findings()));
    }

    /** The text as read from the file, to show the check's findings in place. */
    public List<CheckedBlock> text(ReportCheck check) {
        return run.blocks(checks.blocks(check.id()));
    }

    /** The ward's latest checks, without findings. */
    public List<ReportCheck> list(Ward ward) {
        return checks.ofWard(ward.wardKey(), LISTED).stream().map(r -> of(r, List.of())).toList();
    }

    /** The province's latest uploads, without findings. */
    public List<ReportCheck> list(Province province) {
        return checks.ofProvince(province.id(), LISTED).stream().map(r -> of(r, List.of())).toList();
    }

    CheckRun.Ward of(Ward ward) {
        return new CheckRun.Ward(ward.wardKey(), ward.name(), ward.provinceName(), (from, to) -> reports.figures(ward, from, to));
    }

    static ReportCheck of(Row r, List<ReportCheckFinding> findings) {
        return new ReportCheck(r.id(), r.wardCode(), r.wardName(), r.provinceCode(), r.reportId(), r.fileName(),
                r.periodFrom(), r.periodTo(), r.periodFound(), r.otherWard(), r.high(), r.medium(), r.low(),
                r.createdBy(), r.createdByName(), r.createdAt(), "DONE", findings);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("report-check.not-found", null, id);
    }
}
