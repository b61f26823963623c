package vn.ward57.people;

/** Hình thức: in person, online, or both (a hall with a live stream). */
public enum TrainingFormat {
    IN_PERSON("Trực tiếp"),
    ONLINE("Trực tuyến"),
    BOTH("Trực tiếp và trực tuyến");

    private final String label;

    TrainingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
