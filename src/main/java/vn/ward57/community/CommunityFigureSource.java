package vn.ward57.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The community register ({@link CommunityFigures}). */
@Component
class CommunityFigureSource implements MetricSource {

    private static final String OWNER = "community";
    private static final String TEAMS = "Sổ tổ công nghệ số cộng đồng";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("COMMUNITY_TEAMS", "Số tổ công nghệ số cộng đồng đang hoạt động",
                    "Community digital-technology teams", Basis.AS_OF_END, OWNER, TEAMS,
                    "Tổ thành lập đến ngày cuối kỳ và chưa giải thể tại ngày đó."),
            Figure.count("COMMUNITY_TEAM_MEMBERS", "Số thành viên tổ công nghệ số cộng đồng", "Team members",
                    Basis.AS_OF_END, OWNER, TEAMS, "Thành viên của các tổ đó đã tham gia và chưa rời tại ngày cuối kỳ."),
            Figure.count("RESIDENTS_HELPED", "Số lượt người dân được tổ công nghệ số cộng đồng hỗ trợ",
                    "Residents helped", Basis.OVER_PERIOD, OWNER, TEAMS, "Người dân được hỗ trợ trong các hoạt động của kỳ."),
            Figure.count("DIGITAL_GROUPS", "Số tổ dân phố đạt tiêu chí Tổ dân phố số", "Digital residential groups",
                    Basis.OVER_PERIOD, OWNER, "Đánh giá Tổ dân phố số",
                    "Tổ dân phố được đánh giá cho đúng kỳ này (tháng, quý, 6 tháng hay năm) đạt mọi tiêu chí."));

    private final WardService wards;
    private final CommunityFigures community;

    CommunityFigureSource(WardService wards, CommunityFigures community) {
        this.wards = wards;
        this.community = community;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);  // the figure module asks by code: read-checked here
        return switch (code) {
            case "COMMUNITY_TEAMS" -> MetricSource.of(community.teams(ward, to));
            case "COMMUNITY_TEAM_MEMBERS" -> MetricSource.of(community.members(ward, to));
            case "RESIDENTS_HELPED" -> MetricSource.of(community.residentsHelped(ward, from, to));
            // groups are assessed for a named period: a range that is none has no assessment
            case "DIGITAL_GROUPS" -> ReportingPeriod.exactly(from, to).filter(p -> !p.cutOff())
                    .map(p -> MetricSource.of(community.digitalGroups(ward, p.code()).meeting())).orElse(null);
            default -> throw new IllegalArgumentException(code);
        };
    }
}
