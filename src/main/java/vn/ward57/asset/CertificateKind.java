package vn.ward57.asset;

/** A digital certificate (chứng thư số chuyên dùng) or an official e-mail account (hộp thư công vụ). */
public enum CertificateKind implements Labelled {
    DIGITAL_CERTIFICATE("Chứng thư số"),
    OFFICIAL_EMAIL("Thư điện tử công vụ");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
