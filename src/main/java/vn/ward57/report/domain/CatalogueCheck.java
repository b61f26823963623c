package vn.ward57.report.domain;

import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import static vn.ward57.report.CheckProblem.Severity.MEDIUM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.org.Ward;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.dossier.UnknownProcedureCode;
import vn.ward57.report.ReportContent.Figure;

/**
 * Whether the procedure catalogue covers the dossiers (issue 19): a report that counts procedures by
 * the catalogue while dossiers name codes it lacks, or states 0 procedures beside its dossiers, gives
 * Phụ lục IV figures that do not describe the ward.
 */
@Component
class CatalogueCheck {

    private static final int SHOWN = 10;

    private final ProcedureService procedures;

    CatalogueCheck(ProcedureService procedures) {
        this.procedures = procedures;
    }

    /** From the report's figures alone: 0 procedures while the period has dossiers. */
    static List<CheckProblem> emptyCatalogue(Report report, Map<String, Figure> f) {
        Figure total = f.get("procedure.total");
        Figure received = f.get("dossier.received");
        if (total == null || received == null || signum(total) != 0 || signum(received) <= 0) {
            return List.of();
        }
        return List.of(new CheckProblem("PROCEDURE_CATALOGUE", MEDIUM,
                "Báo cáo ghi 0 thủ tục hành chính nhưng kỳ có %s hồ sơ: danh mục thủ tục chưa được nhập."
                        .formatted(received.text()), page(report)));
    }

    /** From the dossiers now: the codes received in the report's period that the catalogue lacks. */
    List<CheckProblem> unknownCodes(Ward ward, Report report) {
        List<UnknownProcedureCode> unknown = procedures.unknownCodes(ward, report.from(),
                report.to());
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        for (UnknownProcedureCode u : unknown.subList(0, Math.min(SHOWN, unknown.size()))) {
            shown.add("%s (%s hồ sơ)".formatted(u.code(), VietnameseFormat.count(u.dossiers())));
        }
        String more = unknown.size() > SHOWN ? " và %d mã khác".formatted(unknown.size() - SHOWN) : "";
        return List.of(new CheckProblem("PROCEDURE_CATALOGUE", MEDIUM,
                "%d mã thủ tục có hồ sơ trong kỳ nhưng chưa có trong danh mục: %s%s."
                        .formatted(unknown.size(), String.join(", ", shown), more), page(report)));
    }

    private static int signum(Figure figure) {
        BigDecimal v = figure.value();
        return v == null ? 0 : v.signum();
    }

    private static String page(Report report) {
        return "/wards/" + report.wardCode() + "/procedures";
    }
}
