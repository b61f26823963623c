package vn.ward57.feedback.domain;

import static vn.ward57.figure.MetricSource.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.feedback.FeedbackStats;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;

/** The feedback figures of {@link FeedbackStatsService}: all items, and those of the Resolution-57 area. */
@Component
class FeedbackFigureSource extends MetricSource.OneRead {

    private static final String ITEMS = "Phản ánh, kiến nghị";
    private static final String AREA = "Phản ánh, kiến nghị thuộc lĩnh vực KHCN, ĐMST, CĐS";

    private static final FigureList FIGURES = FigureList.of("feedback", ITEMS)
            .count("FEEDBACK_RECEIVED", "Số phản ánh, kiến nghị tiếp nhận", "Feedback received",
                    Basis.OVER_PERIOD, "Phản ánh, kiến nghị có ngày tiếp nhận trong kỳ.")
            .count("FEEDBACK_RESOLVED", "Số phản ánh, kiến nghị đã xử lý", "Feedback handled",
                    Basis.OVER_PERIOD, "Phản ánh, kiến nghị được trả lời hoặc chuyển cấp trên trong kỳ.")
            .count("FEEDBACK_BACKLOG", "Số phản ánh, kiến nghị đang xử lý cuối kỳ", "Feedback pending",
                    Basis.AS_OF_END, "Tiếp nhận đến ngày cuối kỳ, chưa xử lý xong tại ngày đó.")
            .count("FEEDBACK_OVERDUE", "Số phản ánh, kiến nghị quá hạn chưa xử lý", "Feedback overdue",
                    Basis.AS_OF_END, "Phản ánh, kiến nghị đang xử lý có hạn trước ngày cuối kỳ.")
            .percent("FEEDBACK_ON_TIME_RATE", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
                    "Feedback handled on time", Basis.OVER_PERIOD,
                    "Đã xử lý trong kỳ không sau hạn × 100 / đã xử lý trong kỳ.")
            .records(AREA)
            .count("FEEDBACK_NQ57_RECEIVED", "Số phản ánh, kiến nghị về KHCN, ĐMST, CĐS tiếp nhận",
                    "Feedback on science, innovation and digital transformation received", Basis.OVER_PERIOD,
                    "Như số tiếp nhận, chỉ các lĩnh vực thuộc Nghị quyết 57.")
            .count("FEEDBACK_NQ57_RESOLVED", "Số phản ánh, kiến nghị về KHCN, ĐMST, CĐS đã xử lý",
                    "Feedback on science, innovation and digital transformation handled", Basis.OVER_PERIOD,
                    "Như số đã xử lý, chỉ các lĩnh vực thuộc Nghị quyết 57.");

    private final FeedbackStatsService stats;

    FeedbackFigureSource(FeedbackStatsService stats) {
        super(FIGURES);
        this.stats = stats;
    }

    @Override
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        FeedbackStats all = stats.stats(ward, from, to);
        FeedbackStats area = stats.nq57AreaStats(ward, from, to);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("FEEDBACK_RECEIVED", of(all.received()));
        values.put("FEEDBACK_RESOLVED", of(all.resolved()));
        values.put("FEEDBACK_BACKLOG", of(all.backlog()));
        values.put("FEEDBACK_OVERDUE", of(all.overdue()));
        values.put("FEEDBACK_ON_TIME_RATE", all.onTimeRate());
        values.put("FEEDBACK_NQ57_RECEIVED", of(area.received()));
        values.put("FEEDBACK_NQ57_RESOLVED", of(area.resolved()));
        return values;
    }
}
