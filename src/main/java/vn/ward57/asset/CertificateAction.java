package vn.ward57.asset;

/** Cấp mới, gia hạn, thay đổi thông tin. */
public enum CertificateAction implements Labelled {
    NEW("Cấp mới"),
    RENEWED("Gia hạn"),
    CHANGED("Thay đổi thông tin");

    private final String label;

    CertificateAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
