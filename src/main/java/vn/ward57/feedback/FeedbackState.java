package vn.ward57.feedback;

import java.util.List;

/**
 * The workflow: RECEIVED → ASSIGNED → IN_PROGRESS → ANSWERED → CLOSED, or from any open state to
 * TRANSFERRED (sent to a higher level). Nothing skips a step and nothing goes back.
 */
public enum FeedbackState {
    RECEIVED("Đã tiếp nhận"), ASSIGNED("Đã giao xử lý"), IN_PROGRESS("Đang xử lý"), ANSWERED("Đã trả lời"),
    CLOSED("Đã kết thúc"), TRANSFERRED("Đã chuyển cấp trên");

    private final String label;

    FeedbackState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open: the ward has not yet answered or transferred it. */
    public boolean open() {
        return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS;
    }

    public List<FeedbackState> next() {
        return switch (this) {
            case RECEIVED -> List.of(ASSIGNED, TRANSFERRED);
            case ASSIGNED -> List.of(IN_PROGRESS, TRANSFERRED);
            case IN_PROGRESS -> List.of(ANSWERED, TRANSFERRED);
            case ANSWERED -> List.of(CLOSED);
            case CLOSED, TRANSFERRED -> List.of();
        };
    }
}
