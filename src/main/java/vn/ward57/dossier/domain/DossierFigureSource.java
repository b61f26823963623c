package vn.ward57.dossier.domain;

import static vn.ward57.figure.MetricSource.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.ProcedureCounts;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.figure.Figure;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;

/** The dossier and procedure figures (issue 3's definitions, computed by {@link DossierStatsService}). */
@Component
class DossierFigureSource extends MetricSource {

    private static final String DOSSIERS = "Hồ sơ thủ tục hành chính (nhập từ hệ thống một cửa)";
    private static final String CATALOGUE = "Danh mục thủ tục hành chính";

    private static final FigureList FIGURES = FigureList.of("dossier", DOSSIERS)
            .count("DOSSIER_RECEIVED", "Số hồ sơ tiếp nhận (kỳ trước chuyển qua và mới tiếp nhận)",
                    "Dossiers received (carried over and new)", Basis.OVER_PERIOD,
                    "Hồ sơ còn đang giải quyết đầu kỳ cộng hồ sơ mới tiếp nhận trong kỳ.")
            .count("DOSSIER_NEW", "Số hồ sơ mới tiếp nhận trong kỳ", "Dossiers newly received",
                    Basis.OVER_PERIOD, "Hồ sơ có ngày tiếp nhận trong kỳ.")
            .count("DOSSIER_CARRIED_OVER", "Số hồ sơ kỳ trước chuyển qua", "Dossiers carried over",
                    Basis.OVER_PERIOD, "Hồ sơ tiếp nhận trước kỳ, chưa giải quyết xong hay rút trước ngày đầu kỳ.")
            .count("DOSSIER_RESOLVED", "Số hồ sơ đã giải quyết", "Dossiers resolved", Basis.OVER_PERIOD,
                    "Hồ sơ có ngày trả kết quả trong kỳ.")
            .count("DOSSIER_RESOLVED_ON_TIME", "Số hồ sơ giải quyết trước và đúng hạn",
                    "Dossiers resolved early or on time", Basis.OVER_PERIOD,
                    "Hồ sơ đã giải quyết trong kỳ có ngày trả kết quả không sau ngày hẹn trả.")
            .count("DOSSIER_PENDING", "Số hồ sơ đang giải quyết cuối kỳ", "Dossiers pending at the end",
                    Basis.AS_OF_END, "Hồ sơ đã tiếp nhận, chưa giải quyết xong hay rút tại ngày cuối kỳ.")
            .count("DOSSIER_PENDING_OVERDUE", "Số hồ sơ đang giải quyết quá hạn", "Dossiers pending overdue",
                    Basis.AS_OF_END, "Hồ sơ đang giải quyết tại ngày cuối kỳ đã quá ngày hẹn trả.")
            .percent("DOSSIER_ONLINE_RATE", "Tỷ lệ hồ sơ nộp trực tuyến", "Dossiers received online",
                    Basis.OVER_PERIOD, "Hồ sơ mới tiếp nhận trực tuyến × 100 / hồ sơ mới tiếp nhận.")
            .percent("DOSSIER_ON_TIME_RATE", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn",
                    "Dossiers resolved early or on time", Basis.OVER_PERIOD,
                    "Hồ sơ giải quyết trước và đúng hạn × 100 / hồ sơ đã giải quyết.")
            .percent("DOSSIER_DIGITISED_INPUT_RATE", "Tỷ lệ hồ sơ được số hóa thành phần hồ sơ",
                    "Dossiers with digitised input", Basis.OVER_PERIOD,
                    "Hồ sơ mới tiếp nhận có thành phần được số hóa × 100 / hồ sơ mới tiếp nhận.")
            .percent("DOSSIER_ONLINE_PAYMENT_RATE", "Tỷ lệ hồ sơ thanh toán trực tuyến",
                    "Dossiers paid online", Basis.OVER_PERIOD,
                    "Hồ sơ có phí, lệ phí nộp trực tuyến × 100 / hồ sơ có phí, lệ phí.")
            .records(CATALOGUE)
            .count("PROCEDURES", "Số thủ tục hành chính của phường", "Procedures of the catalogue",
                    Basis.CURRENT, "Thủ tục trong danh mục hiện hành của phường.")
            .count("PROCEDURES_FULL_ONLINE", "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình",
                    "Procedures fully online", Basis.CURRENT, "Thủ tục của danh mục có mức trực tuyến toàn trình.")
            .percent("PROCEDURES_FULL_ONLINE_SHARE", "Tỷ lệ dịch vụ công trực tuyến toàn trình",
                    "Share of procedures fully online", Basis.CURRENT,
                    "Thủ tục trực tuyến toàn trình × 100 / thủ tục của danh mục.");

    private final DossierStatsService stats;
    private final ProcedureService procedures;

    DossierFigureSource(DossierStatsService stats, ProcedureService procedures) {
        super(FIGURES);
        this.stats = stats;
        this.procedures = procedures;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        if (code.startsWith("PROCEDURES")) {
            return procedureFigure(procedures.counts(ward), code);
        }
        return dossierFigure(stats.ward(ward, new DossierStatsService.Period(from, to, null, null)), code);
    }

    @Override
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        DossierStats s = stats.ward(ward, new DossierStatsService.Period(from, to, null, null));
        ProcedureCounts counts = procedures.counts(ward);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure f : figures()) {
            values.put(f.code(), f.code().startsWith("PROCEDURES")
                    ? procedureFigure(counts, f.code()) : dossierFigure(s, f.code()));
        }
        return values;
    }

    private static BigDecimal dossierFigure(DossierStats s, String code) {
        return switch (code) {
            case "DOSSIER_RECEIVED" -> of(s.received());
            case "DOSSIER_NEW" -> of(s.newlyReceived());
            case "DOSSIER_CARRIED_OVER" -> of(s.carriedOver());
            case "DOSSIER_RESOLVED" -> of(s.resolved());
            case "DOSSIER_RESOLVED_ON_TIME" -> of(s.resolvedEarly() + s.resolvedOnTime());
            case "DOSSIER_PENDING" -> of(s.pending());
            case "DOSSIER_PENDING_OVERDUE" -> of(s.pendingOverdue());
            case "DOSSIER_ONLINE_RATE" -> s.onlineRate();
            case "DOSSIER_ON_TIME_RATE" -> s.onTimeRate();
            case "DOSSIER_DIGITISED_INPUT_RATE" -> s.digitisedInputRate();
            case "DOSSIER_ONLINE_PAYMENT_RATE" -> s.onlinePaymentRate();
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static BigDecimal procedureFigure(ProcedureCounts counts, String code) {
        return switch (code) {
            case "PROCEDURES" -> of(counts.total());
            case "PROCEDURES_FULL_ONLINE" -> of(counts.full());
            case "PROCEDURES_FULL_ONLINE_SHARE" -> MetricSource.share(counts.full(), counts.total());
            default -> throw new IllegalArgumentException(code);
        };
    }
}
