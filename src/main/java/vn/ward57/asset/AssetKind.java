package vn.ward57.asset;

/** What an asset is; the label is the one the register's files carry (the pages show asset.kind.*). */
public enum AssetKind implements Labelled {
    COMPUTER("Máy tính"),
    PRINTER_SCANNER("Máy in, máy quét"),
    SCREEN("Màn hình, tivi"),
    KIOSK("Máy tra cứu (kiosk)"),
    SERVER("Máy chủ"),
    NETWORK_POINT("Điểm mạng"),
    WIFI_POINT("Điểm phát Wi-Fi"),
    CAMERA("Camera"),
    OTHER("Khác");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
