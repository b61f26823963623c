package vn.ward57.dossier;

import static vn.ward57.figure.MetricSource.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The dossier and procedure figures (issue 3's definitions, computed by {@link DossierStatsService}). */
@Component
class DossierFigureSource implements MetricSource {

    private static final String OWNER = "dossier";
    private static final String DOSSIERS = "Hồ sơ thủ tục hành chính (nhập từ hệ thống một cửa)";
    private static final String CATALOGUE = "Danh mục thủ tục hành chính";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("DOSSIER_RECEIVED", "Số hồ sơ tiếp nhận (kỳ trước chuyển qua và mới tiếp nhận)",
                    "Dossiers received (carried over and new)", Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ còn đang giải quyết đầu kỳ cộng hồ sơ mới tiếp nhận trong kỳ."),
            Figure.count("DOSSIER_NEW", "Số hồ sơ mới tiếp nhận trong kỳ", "Dossiers newly received",
                    Basis.OVER_PERIOD, OWNER, DOSSIERS, "Hồ sơ có ngày tiếp nhận trong kỳ."),
            Figure.count("DOSSIER_CARRIED_OVER", "Số hồ sơ kỳ trước chuyển qua", "Dossiers carried over",
                    Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ tiếp nhận trước kỳ, chưa giải quyết xong hay rút trước ngày đầu kỳ."),
            Figure.count("DOSSIER_RESOLVED", "Số hồ sơ đã giải quyết", "Dossiers resolved", Basis.OVER_PERIOD,
                    OWNER, DOSSIERS, "Hồ sơ có ngày trả kết quả trong kỳ."),
            Figure.count("DOSSIER_RESOLVED_ON_TIME", "Số hồ sơ giải quyết trước và đúng hạn",
                    "Dossiers resolved early or on time", Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ đã giải quyết trong kỳ có ngày trả kết quả không sau ngày hẹn trả."),
            Figure.count("DOSSIER_PENDING", "Số hồ sơ đang giải quyết cuối kỳ", "Dossiers pending at the end",
                    Basis.AS_OF_END, OWNER, DOSSIERS, "Hồ sơ đã tiếp nhận, chưa giải quyết xong hay rút tại ngày cuối kỳ."),
            Figure.count("DOSSIER_PENDING_OVERDUE", "Số hồ sơ đang giải quyết quá hạn", "Dossiers pending overdue",
                    Basis.AS_OF_END, OWNER, DOSSIERS, "Hồ sơ đang giải quyết tại ngày cuối kỳ đã quá ngày hẹn trả."),
            Figure.percent("DOSSIER_ONLINE_RATE", "Tỷ lệ hồ sơ nộp trực tuyến", "Dossiers received online",
                    Basis.OVER_PERIOD, OWNER, DOSSIERS, "Hồ sơ mới tiếp nhận trực tuyến × 100 / hồ sơ mới tiếp nhận."),
            Figure.percent("DOSSIER_ON_TIME_RATE", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn",
                    "Dossiers resolved early or on time", Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ giải quyết trước và đúng hạn × 100 / hồ sơ đã giải quyết."),
            Figure.percent("DOSSIER_DIGITISED_INPUT_RATE", "Tỷ lệ hồ sơ được số hóa thành phần hồ sơ",
                    "Dossiers with digitised input", Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ mới tiếp nhận có thành phần được số hóa × 100 / hồ sơ mới tiếp nhận."),
            Figure.percent("DOSSIER_ONLINE_PAYMENT_RATE", "Tỷ lệ hồ sơ thanh toán trực tuyến",
                    "Dossiers paid online", Basis.OVER_PERIOD, OWNER, DOSSIERS,
                    "Hồ sơ có phí, lệ phí nộp trực tuyến × 100 / hồ sơ có phí, lệ phí."),
            Figure.count("PROCEDURES", "Số thủ tục hành chính của phường", "Procedures of the catalogue",
                    Basis.CURRENT, OWNER, CATALOGUE, "Thủ tục trong danh mục hiện hành của phường."),
            Figure.count("PROCEDURES_FULL_ONLINE", "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình",
                    "Procedures fully online", Basis.CURRENT, OWNER, CATALOGUE,
                    "Thủ tục của danh mục có mức trực tuyến toàn trình."),
            Figure.percent("PROCEDURES_FULL_ONLINE_SHARE", "Tỷ lệ dịch vụ công trực tuyến toàn trình",
                    "Share of procedures fully online", Basis.CURRENT, OWNER, CATALOGUE,
                    "Thủ tục trực tuyến toàn trình × 100 / thủ tục của danh mục."));

    private final WardService wards;
    private final DossierStatsService stats;
    private final ProcedureService procedures;

    DossierFigureSource(WardService wards, DossierStatsService stats, ProcedureService procedures) {
        this.wards = wards;
        this.stats = stats;
        this.procedures = procedures;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);   // MetricSource (the figure module's) names the ward by its code
        if (code.startsWith("PROCEDURES")) {
            return procedureFigure(procedures.counts(ward), code);
        }
        return dossierFigure(stats.ward(ward, new DossierStatsService.Period(from, to, null, null)), code);
    }

    @Override
    public Map<String, BigDecimal> values(String wardCode, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);
        DossierStats s = stats.ward(ward, new DossierStatsService.Period(from, to, null, null));
        ProcedureCounts counts = procedures.counts(ward);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure f : FIGURES) {
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
