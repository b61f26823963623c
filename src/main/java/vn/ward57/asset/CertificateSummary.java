package vn.ward57.asset;

import java.time.LocalDate;
import java.util.List;

/**
 * What was issued in [from, to]: every kind × holder × action, zeros included ("cấp mới chứng thư
 * số cho 06 tổ chức, 61 cá nhân").
 */
public record CertificateSummary(LocalDate from, LocalDate to, List<CertificateCount> counts) {

    /** The quantity of one cell; holder or action null adds over them. */
    public long quantity(String kind, String holder, String action) {
        return counts.stream()
                .filter(c -> c.kind().equals(kind) && (holder == null || c.holder().equals(holder))
                        && (action == null || c.action().equals(action)))
                .mapToLong(CertificateCount::quantity).sum();
    }
}
