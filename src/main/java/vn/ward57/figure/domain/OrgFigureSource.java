package vn.ward57.figure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.StaffingService;
import vn.ward57.org.Ward;

/**
 * Staffing of the year and the residential groups (the ward's organisation). They are org's figures, computed
 * here through org's services: org sits below the catalogue, whose API takes org's Ward.
 */
@Component
class OrgFigureSource extends MetricSource {

    private static final FigureList FIGURES = FigureList.of("org", "Biên chế theo năm của các đơn vị")
            .count("STAFF_ALLOTTED", "Biên chế được giao", "Staff positions allotted", Basis.AS_OF_END,
                    "Tổng biên chế được giao của các đơn vị, năm của ngày cuối kỳ.")
            .count("STAFF_FILLED", "Số cán bộ có mặt", "Staff in post", Basis.AS_OF_END,
                    "Tổng số có mặt của các đơn vị, năm của ngày cuối kỳ.")
            .records("Danh sách tổ dân phố")
            .count("RESIDENTIAL_GROUPS", "Số tổ dân phố", "Residential groups", Basis.CURRENT,
                    "Tổ dân phố của phường hiện nay.");

    private final StaffingService staffing;
    private final ResidentialGroupService groups;

    OrgFigureSource(StaffingService staffing, ResidentialGroupService groups) {
        super(FIGURES);
        this.staffing = staffing;
        this.groups = groups;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        return switch (code) {
            case "STAFF_ALLOTTED" -> MetricSource.of(staffing.summary(ward, to.getYear()).allotted());
            case "STAFF_FILLED" -> MetricSource.of(staffing.summary(ward, to.getYear()).filled());
            case "RESIDENTIAL_GROUPS" -> MetricSource.of(groups.list(ward).size());
            default -> throw new IllegalArgumentException(code);
        };
    }
}
