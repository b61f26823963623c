package vn.ward57.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.MetricSource;

/** Staffing of the year and the residential groups (the ward's organisation). */
@Component
class OrgFigureSource implements MetricSource {

    private static final String OWNER = "org";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("STAFF_ALLOTTED", "Biên chế được giao", "Staff positions allotted", Basis.AS_OF_END, OWNER,
                    "Biên chế theo năm của các đơn vị", "Tổng biên chế được giao của các đơn vị, năm của ngày cuối kỳ."),
            Figure.count("STAFF_FILLED", "Số cán bộ có mặt", "Staff in post", Basis.AS_OF_END, OWNER,
                    "Biên chế theo năm của các đơn vị", "Tổng số có mặt của các đơn vị, năm của ngày cuối kỳ."),
            Figure.count("RESIDENTIAL_GROUPS", "Số tổ dân phố", "Residential groups", Basis.CURRENT, OWNER,
                    "Danh sách tổ dân phố", "Tổ dân phố của phường hiện nay."));

    private final WardService wards;
    private final StaffingService staffing;
    private final ResidentialGroupService groups;

    OrgFigureSource(WardService wards, StaffingService staffing, ResidentialGroupService groups) {
        this.wards = wards;
        this.staffing = staffing;
        this.groups = groups;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);
        return switch (code) {
            case "STAFF_ALLOTTED" -> MetricSource.of(staffing.summary(ward, to.getYear()).allotted());
            case "STAFF_FILLED" -> MetricSource.of(staffing.summary(ward, to.getYear()).filled());
            case "RESIDENTIAL_GROUPS" -> MetricSource.of(groups.list(ward).size());
            default -> throw new IllegalArgumentException(code);
        };
    }
}
