package vn.ward57.budget;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ward57.common.Texts;

/** The three headings of Resolution 57's budget (seed 003: chi KH&CN, chi ĐMST, chi CĐS), in the reports' order. */
public enum Category {
    KHCN("Khoa học và công nghệ"),
    DMST("Đổi mới sáng tạo"),
    CDS("Chuyển đổi số");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Vietnamese name, as files and reports write it. */
    public String label() {
        return label;
    }

    /** The category named by its code (KHCN, DMST, CDS), or null when it names none. */
    public static Category of(String code) {
        return Texts.choice(Category.class, code);
    }

    /** What a file may write for each category: the label, the code, the reports' abbreviations. */
    public static Map<String, Category> byLabel() {
        Map<String, Category> labels = new LinkedHashMap<>();
        for (Category c : values()) {
            labels.put(c.label, c);
        }
        labels.put("KHCN", KHCN);
        labels.put("KH&CN", KHCN);
        labels.put("ĐMST", DMST);
        labels.put("CĐS", CDS);
        return labels;
    }
}
