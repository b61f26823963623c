package vn.ward57.people;

/** Đối tượng: whom an event trained; participants are counted per group. */
public enum TargetGroup {
    STAFF("Cán bộ, công chức phường"),
    COMMUNITY_TEAMS("Tổ công nghệ số cộng đồng"),
    RESIDENTS("Người dân"),
    PUPILS("Học sinh");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
