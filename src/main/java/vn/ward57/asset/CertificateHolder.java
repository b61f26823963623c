package vn.ward57.asset;

/** Issued for a body (cơ quan, tổ chức) or for a person (cá nhân). */
public enum CertificateHolder implements Labelled {
    BODY("Cơ quan, tổ chức"),
    PERSON("Cá nhân");

    private final String label;

    CertificateHolder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
