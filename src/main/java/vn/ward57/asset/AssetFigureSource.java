package vn.ward57.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.common.WardTime;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** Cameras and digital certificates from the asset register ({@link AssetFigures}). */
@Component
class AssetFigureSource implements MetricSource {

    private static final String OWNER = "asset";
    private static final String CAMERAS = "Sổ thiết bị: camera tại tổ dân phố";
    private static final String CERTIFICATES = "Sổ cấp chứng thư số";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("CAMERAS", "Số camera đang hoạt động tại tổ dân phố", "Cameras in service",
                    Basis.AS_OF_END, OWNER, CAMERAS, "Camera lắp đến ngày cuối kỳ, chưa tháo, đang hoạt động; theo số liệu hiện tại khi có camera chưa có ngày lắp đặt."),
            Figure.percent("CAMERA_GROUP_SHARE", "Tỷ lệ tổ dân phố có camera", "Residential groups with a camera",
                    Basis.AS_OF_END, OWNER, CAMERAS, "Tổ dân phố có camera đang hoạt động tại ngày cuối kỳ × 100 / "
                            + "tổ dân phố; theo số liệu hiện tại khi có camera chưa có ngày lắp đặt."),
            Figure.count("CERTIFICATES_FOR_BODIES", "Số chứng thư số cấp cho cơ quan", "Certificates issued to bodies",
                    Basis.OVER_PERIOD, OWNER, CERTIFICATES, "Chứng thư số cấp mới, gia hạn, thay đổi cho cơ quan trong kỳ."),
            Figure.count("CERTIFICATES_FOR_PEOPLE", "Số chứng thư số cấp cho cá nhân", "Certificates issued to people",
                    Basis.OVER_PERIOD, OWNER, CERTIFICATES, "Chứng thư số cấp mới, gia hạn, thay đổi cho cá nhân trong kỳ."));

    private final WardService wards;
    private final AssetFigures assets;

    AssetFigureSource(WardService wards, AssetFigures assets) {
        this.wards = wards;
        this.assets = assets;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);
        return switch (code) {
            case "CAMERAS" -> MetricSource.of(cameras(ward, to).cameras());
            case "CAMERA_GROUP_SHARE" -> {
                Cameras c = cameras(ward, to);
                yield MetricSource.share(c.groupsCovered(), c.groups());
            }
            case "CERTIFICATES_FOR_BODIES" -> MetricSource.of(assets.issued(ward, "DIGITAL_CERTIFICATE", "BODY",
                    from, to));
            case "CERTIFICATES_FOR_PEOPLE" -> MetricSource.of(assets.issued(ward, "DIGITAL_CERTIFICATE", "PERSON",
                    from, to));
            default -> throw new IllegalArgumentException(code);
        };
    }

    /**
     * The cameras standing on the period's last day, or today's when the period is not over or a camera has
     * no installation date (it could have come after the period): then the value is today's, and says so.
     */
    private Cameras cameras(Ward ward, LocalDate to) {
        return assets.cameras(ward, day(ward, to));
    }

    private LocalDate day(Ward ward, LocalDate to) {
        LocalDate today = WardTime.today();
        if (!to.isBefore(today)) {
            return today;
        }
        return assets.cameras(ward, to).undated() > 0 ? today : to;
    }

    @Override
    public LocalDate currentInstead(String wardCode, String code, LocalDate to) {
        if (!code.startsWith("CAMERA") || !to.isBefore(WardTime.today())) {
            return null;
        }
        LocalDate day = day(wards.get(wardCode), to);
        return day.equals(to) ? null : day;
    }
}
