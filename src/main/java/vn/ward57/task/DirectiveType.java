package vn.ward57.task;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The kinds of documents by their abbreviation in Nghị định 30/2020/NĐ-CP. */
public enum DirectiveType {
    NQ("NQ", "Nghị quyết"), KH("KH", "Kế hoạch"), QD("QĐ", "Quyết định"), CT("CT", "Chỉ thị"),
    TB("TB", "Thông báo"), CV("CV", "Công văn"), QC("QC", "Quy chế"), HD("HD", "Hướng dẫn"),
    KL("KL", "Kết luận"), BC("BC", "Báo cáo"), CTR("CTr", "Chương trình"), QYD("QyĐ", "Quy định");

    private final String abbreviation;
    private final String vietnamese;

    DirectiveType(String abbreviation, String vietnamese) {
        this.abbreviation = abbreviation;
        this.vietnamese = vietnamese;
    }

    @JsonValue
    public String abbreviation() {
        return abbreviation;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** By its abbreviation ("QĐ"), case as written; null when there is none such. */
    @JsonCreator
    public static DirectiveType of(String abbreviation) {
        return Arrays.stream(values()).filter(t -> t.abbreviation.equals(abbreviation)).findFirst().orElse(null);
    }
}
