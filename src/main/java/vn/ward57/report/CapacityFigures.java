package vn.ward57.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.Cameras;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.CategorySummary;
import vn.ward57.community.CommunityFigures;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.indicator.Judgement;
import vn.ward57.org.StaffingService;
import vn.ward57.org.StaffingSummary;
import vn.ward57.people.StaffTrained;
import vn.ward57.people.TrainingCount;
import vn.ward57.people.TrainingFigures;

/** The figures of the ward's people, community, equipment, budget and indicators for a period. */
@Component
class CapacityFigures {

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

    void collect(FigureSet f, String wardCode, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        StaffingSummary s = staffing.summary(wardCode, to.getYear());
        f.count("staff.allotted", "Số biên chế được giao", s.allotted(), "/staffing")
                .count("staff.filled", "Số người đã được bố trí", s.filled(), "/staffing")
                .count("staff.missing", "Số người còn thiếu", s.missing(), "/staffing");
        StaffTrained trained = training.staffTrained(wardCode, to);
        TrainingCount events = training.training(wardCode, from, to);
        f.count("training.inPost", "Cán bộ, công chức đang công tác", trained.inPost(), "/staff")
                .count("training.staffTrained", "Cán bộ, công chức đã được tập huấn", trained.trained(), "/staff")
                .rate("training.staffTrainedRate", "Tỷ lệ cán bộ được tập huấn", trained.share(), "/staff")
                .count("training.events", "Lớp tập huấn, bồi dưỡng", events.events(), "/training-events")
                .count("training.participants", "Lượt người tham gia tập huấn", events.participants(), "/training-events");
        var c = community.summary(wardCode, to);
        f.count("community.teams", "Tổ công nghệ số cộng đồng", c.teams(), "/community-teams")
                .count("community.members", "Thành viên Tổ công nghệ số cộng đồng", c.members(), "/community-teams")
                .count("community.residentsHelped", "Lượt người dân được hỗ trợ",
                        community.residentsHelped(wardCode, from, to), "/community-teams")
                .count("community.groups", "Tổ dân phố", c.groups(), "/residential-groups");
        Cameras cameras = assets.cameras(wardCode);
        f.count("asset.cameras", "Camera an ninh đang hoạt động", cameras.cameras(), "/assets")
                .count("asset.cameraGroups", "Tổ dân phố có camera", cameras.groupsCovered(), "/assets");

        List<CategorySummary> categories = new ArrayList<>(budget.summary(wardCode, to.getYear()));
        categories.add(CategorySummary.total(categories));
        String budgetPage = "/budget?year=" + to.getYear();
        for (CategorySummary b : categories) {
            String k = "budget." + b.category();
            String name = b.category().equals("TOTAL") ? "" : " " + b.category();
            f.money(k + ".estimate", "Dự toán" + name + " năm " + to.getYear(), b.estimate(), budgetPage)
                    .money(k + ".adjusted", "Dự toán sau điều chỉnh" + name, b.adjusted(), budgetPage)
                    .money(k + ".disbursed", "Đã giải ngân" + name, b.disbursed(), budgetPage)
                    .rate(k + ".disbursementRate", "Tỷ lệ giải ngân" + name, b.disbursementRate(), budgetPage);
        }

        String code = period.indicatorPeriod();
        List<IndicatorView> views = indicators.all(wardCode, code);
        String page = "/indicators?period=" + code;
        for (Judgement.Status status : Judgement.Status.values()) {
            f.count("indicator." + status.name().toLowerCase(), "Chỉ tiêu " + switch (status) {
                case GREEN -> "đạt";
                case AMBER -> "gần đạt";
                case RED -> "chưa đạt";
            }, views.stream().filter(v -> v.status() == status).count(), page);
        }
        f.count("indicator.total", "Chỉ tiêu theo dõi", views.size(), page)
                .count("indicator.unassessed", "Chỉ tiêu chưa đủ số liệu để đánh giá",
                        views.stream().filter(v -> v.status() == null).count(), page);
    }
}
