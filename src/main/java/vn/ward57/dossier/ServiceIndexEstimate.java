package vn.ward57.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the service index of Quyết định 766/QĐ-TTg that the ward's own dossier and catalogue
 * data can estimate, each with its formula (the province publishes the exact ones). The 12 points of
 * "dịch vụ công trực tuyến" are split evenly over its three parts here, an assumption said beside it.
 */
public final class ServiceIndexEstimate {

    /** One part: its name and formula as message keys, its maximum, and the estimate (null without data). */
    public record Part(String nameKey, String formulaKey, int max, BigDecimal score) {
    }

    private ServiceIndexEstimate() {
    }

    /**
     * @param onlineOffered the catalogue's online procedures (full or partial)
     * @param onlineUsed    those of them that received an online dossier in the period
     */
    public static List<Part> of(DossierStats dossiers, ProcedureCounts catalogue, long onlineOffered,
                                long onlineUsed) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("index.progress", "index.progress.formula", 20, share(20, dossiers.onTimeRate(), 100)));
        BigDecimal online = catalogue.total() == 0 ? null : BigDecimal.valueOf(catalogue.full() + catalogue.partial())
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(catalogue.total()), 4, RoundingMode.HALF_UP);
        parts.add(new Part("index.online-procedures", "index.online-procedures.formula", 4, share(4, online, 100)));
        BigDecimal used = onlineOffered == 0 ? null : BigDecimal.valueOf(onlineUsed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(onlineOffered), 4, RoundingMode.HALF_UP);
        parts.add(new Part("index.online-used", "index.online-used.formula", 4, share(4, used, 100)));
        parts.add(new Part("index.online-dossiers", "index.online-dossiers.formula", 4, share(4, dossiers.onlineRate(), 50)));
        parts.add(new Part("index.payment", "index.payment.formula", 10, share(10, dossiers.onlinePaymentRate(), 100)));
        parts.add(new Part("index.digitised-results", "index.digitised-results.formula", 6,
                share(6, dossiers.digitisedResultRate(), 100)));
        parts.add(new Part("index.digitised-inputs", "index.digitised-inputs.formula", 4,
                share(4, dossiers.digitisedInputRate(), 100)));
        return parts;
    }

    /** max × rate / fullAt, at most max, 2 decimals; null when the rate is unknown. */
    static BigDecimal share(int max, BigDecimal rate, int fullAt) {
        if (rate == null) {
            return null;
        }
        BigDecimal score = BigDecimal.valueOf(max).multiply(rate).divide(BigDecimal.valueOf(fullAt), 2,
                RoundingMode.HALF_UP);
        return score.min(BigDecimal.valueOf(max).setScale(2));
    }
}
