package vn.ward57.asset.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.Cameras;
import vn.ward57.common.WardTime;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;

/** Cameras and digital certificates from the asset register ({@link AssetFigures}). */
@Component
class AssetFigureSource extends MetricSource {

    private static final String CAMERAS = "Sổ thiết bị: camera tại tổ dân phố";
    private static final String CERTIFICATES = "Sổ cấp chứng thư số";

    private static final FigureList FIGURES = FigureList.of("asset", CAMERAS)
            .count("CAMERAS", "Số camera đang hoạt động tại tổ dân phố", "Cameras in service",
                    Basis.AS_OF_END, "Camera lắp đến ngày cuối kỳ, chưa tháo, đang hoạt động; "
                            + "theo số liệu hiện tại khi có camera chưa có ngày lắp đặt.")
            .percent("CAMERA_GROUP_SHARE", "Tỷ lệ tổ dân phố có camera", "Residential groups with a camera",
                    Basis.AS_OF_END, "Tổ dân phố có camera đang hoạt động tại ngày cuối kỳ × 100 / "
                            + "tổ dân phố; theo số liệu hiện tại khi có camera chưa có ngày lắp đặt.")
            .records(CERTIFICATES)
            .count("CERTIFICATES_FOR_BODIES", "Số chứng thư số cấp cho cơ quan", "Certificates issued to bodies",
                    Basis.OVER_PERIOD, "Chứng thư số cấp mới, gia hạn, thay đổi cho cơ quan trong kỳ.")
            .count("CERTIFICATES_FOR_PEOPLE", "Số chứng thư số cấp cho cá nhân", "Certificates issued to people",
                    Basis.OVER_PERIOD, "Chứng thư số cấp mới, gia hạn, thay đổi cho cá nhân trong kỳ.");

    private final AssetFigures assets;

    AssetFigureSource(AssetFigures assets) {
        super(FIGURES);
        this.assets = assets;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
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
    public LocalDate currentInstead(Ward ward, String code, LocalDate to) {
        if (!code.startsWith("CAMERA") || !to.isBefore(WardTime.today())) {
            return null;
        }
        LocalDate day = day(ward, to);
        return day.equals(to) ? null : day;
    }
}
