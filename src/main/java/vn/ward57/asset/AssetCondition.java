package vn.ward57.asset;

/** Whether an asset works: in service are the GOOD and NEEDS_REPAIR ones. */
public enum AssetCondition implements Labelled {
    GOOD("Tốt"),
    NEEDS_REPAIR("Cần sửa chữa"),
    OUT_OF_SERVICE("Hỏng, không sử dụng");

    private final String label;

    AssetCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inService() {
        return this != OUT_OF_SERVICE;
    }
}
