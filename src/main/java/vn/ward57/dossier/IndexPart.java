package vn.ward57.dossier;

/** The six parts of the service index of Quyết định 766/QĐ-TTg, 100 points in all. */
public enum IndexPart {
    TRANSPARENCY(18), PROGRESS(20), ONLINE_SERVICE(12), ONLINE_PAYMENT(10), DIGITISATION(22), SATISFACTION(18);

    private final int max;

    IndexPart(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }
}
