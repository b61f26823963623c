package vn.ward57.initiative;

/** Award levels, with the words the minutes print (the minutes are Vietnamese whatever the page language). */
public enum Award {
    FIRST("Giải nhất"), SECOND("Giải nhì"), THIRD("Giải ba"), MERIT("Giải khuyến khích"),
    RECOGNISED("Công nhận"), NONE("Không công nhận");

    private final String label;

    Award(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
