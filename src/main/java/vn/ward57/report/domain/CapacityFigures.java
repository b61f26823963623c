package vn.ward57.report.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.Cameras;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.community.CommunityFigures;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.indicator.Judgement;
import vn.ward57.org.StaffingService;
import vn.ward57.org.StaffingSummary;
import vn.ward57.org.Ward;
import vn.ward57.people.StaffTrained;
import vn.ward57.people.TrainingCount;
import vn.ward57.people.TrainingFigures;

/** The figures of the ward's people, community, equipment, budget and indicators for a period. */
@Component
class CapacityFigures {

    /** Written beside a figure whose records lack the dates that would place them in the period. */
    static final String CURRENT_DATA = "(theo số liệu hiện tại)";

    private final StaffingService staffing;
    private final TrainingFigures training;
    private final CommunityFigures community;
    private final AssetFigures assets;
    private final BudgetFigures budget;
    private final IndicatorValueService indicators;

    CapacityFigures(StaffingService staffing, TrainingFigures training, CommunityFigures community,
                    AssetFigures assets, BudgetFigures budget, IndicatorValueService indicators) {
        this.staffing = staffing;
        this.training = training;
        this.community = community;
        this.assets = assets;
        this.budget = budget;
        this.indicators = indicators;
    }

    void collect(FigureSet f, Ward ward, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        StaffingSummary s = staffing.summary(ward, to.getYear());
        f.count("staff.allotted", "Số biên chế được giao", s.allotted(), "/staffing")
                .count("staff.filled", "Số người đã được bố trí", s.filled(), "/staffing")
                .count("staff.missing", "Số người còn thiếu", s.missing(), "/staffing");
        StaffTrained trained = training.staffTrained(ward, to);
        TrainingCount events = training.training(ward, from, to);
        f.count("training.inPost", "Cán bộ, công chức đang công tác", trained.inPost(), "/staff")
                .count("training.staffTrained", "Cán bộ, công chức đã được tập huấn", trained.trained(), "/staff")
                .rate("training.staffTrainedRate", "Tỷ lệ cán bộ được tập huấn", trained.share(), "/staff")
                .count("training.events", "Lớp tập huấn, bồi dưỡng", events.events(), "/training-events")
                .count("training.participants", "Lượt người tham gia tập huấn", events.participants(), "/training-events");
        var c = community.summary(ward, to);
        f.count("community.teams", "Tổ công nghệ số cộng đồng", c.teams(), "/community-teams")
                .count("community.members", "Thành viên Tổ công nghệ số cộng đồng", c.members(), "/community-teams")
                .count("community.residentsHelped", "Lượt người dân được hỗ trợ",
                        community.residentsHelped(ward, from, to), "/community-teams")
                .count("community.groups", "Tổ dân phố", c.groups(), "/residential-groups");
        // the cameras standing on the period's last day; entries without an installation date are counted as
        // if always there, and the figure says it is today's register's
        Cameras cameras = assets.cameras(ward, to);
        String onDay = " ngày " + VietnameseFormat.date(to);
        f.count("asset.cameras", "Camera an ninh đang hoạt động" + onDay, cameras.cameras(), "/assets")
                .count("asset.cameraGroups", "Tổ dân phố có camera" + onDay, cameras.groupsCovered(), "/assets");
        if (!cameras.dated()) {
            String why = " (theo số liệu hiện tại: " + VietnameseFormat.count(cameras.undated())
                    + " camera chưa có ngày lắp đặt)";
            f.marked("asset.cameras", CURRENT_DATA, why).marked("asset.cameraGroups", null, why);
        }

        BudgetOfPeriod.figures(f, budget.forPeriod(ward, from, to), from, to);

        // an exact catalogue period judges each indicator in its own period containing the end (as before); any
        // other period on the latest period of each indicator's type lying wholly within it, named in the labels
        String code = period.indicatorPeriod();
        boolean exact = period.exactIso().isPresent();
        List<IndicatorView> views = exact ? indicators.all(ward, code)
                : indicators.within(ward, from, to);
        List<String> used = views.stream().map(IndicatorView::period).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.comparing(p -> ReportingPeriod.parseCalendar(p).to())).toList();
        String page = "/indicators?period=" + (exact || used.isEmpty() ? code : used.getLast());
        String judged = exact ? "" : " (mỗi chỉ tiêu theo kỳ gần nhất nằm trọn trong kỳ báo cáo"
                + (used.isEmpty() ? "" : ": " + String.join(", ", used.stream()
                        .map(p -> ReportingPeriod.parseCalendar(p).name()).toList())) + ")";
        for (Judgement.Status status : Judgement.Status.values()) {
            f.count("indicator." + status.name().toLowerCase(), "Chỉ tiêu " + switch (status) {
                case GREEN -> "đạt";
                case AMBER -> "gần đạt";
                case RED -> "chưa đạt";
            } + judged, views.stream().filter(v -> v.status() == status).count(), page);
        }
        f.count("indicator.total", "Chỉ tiêu theo dõi", views.size(), page)
                .count("indicator.unassessed", "Chỉ tiêu chưa đủ số liệu để đánh giá",
                        views.stream().filter(v -> v.status() == null).count(), page);
    }
}
