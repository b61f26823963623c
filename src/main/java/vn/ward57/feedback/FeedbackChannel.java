package vn.ward57.feedback;

/** Where the feedback came in. */
public enum FeedbackChannel {
    NATIONAL_SYSTEM("Hệ thống phản ánh, kiến nghị quốc gia"), HOTLINE_APP("Đường dây nóng, ứng dụng của thành phố"),
    IN_PERSON("Trực tiếp"), LETTER("Thư, đơn"), PUBLIC_FORM("Biểu mẫu góp ý trên mạng");

    private final String label;

    FeedbackChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
