package vn.ward57.people;

/** The programme a training event belongs to, with its Vietnamese name as files and reports write it. */
public enum Programme {
    DIGITAL_LITERACY("Bình dân học vụ số"),
    DIGITAL_SKILLS("Kỹ năng số"),
    AI("Trí tuệ nhân tạo (AI)"),
    INFORMATION_SECURITY("An toàn thông tin"),
    OTHER("Khác");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether an event of this programme counts as digital-skills training for the share of staff
     * trained: every programme but OTHER (the SQL of the figures says {@code programme <> 'OTHER'}).
     */
    public boolean digital() {
        return this != OTHER;
    }
}
