package vn.ward57.asset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.asset.domain.FigureRepository;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;

/**
 * The figures of the equipment and certificate registers, for the pages, the reports and the
 * indicator catalogue. Each is one SQL aggregate over a ward the caller has read-checked.
 */
@Service
@Transactional(readOnly = true)
public class AssetFigures {

    private static final List<String> KINDS = names(AssetKind.values());

    private final FigureRepository figures;

    AssetFigures(FigureRepository figures) {
        this.figures = figures;
    }

    /** Every kind of equipment standing today, in the register's order: the quantity, and those in service. */
    public List<KindCount> equipment(Ward ward) {
        return equipment(ward, WardTime.today());
    }

    /**
     * Every kind of equipment standing on the day (installed on or before it, or no installation date, and
     * not removed on or before it), in the register's order: the quantity, and those in service (good or
     * needing repair: the condition is today's, the register keeps no history of it).
     */
    public List<KindCount> equipment(Ward ward, LocalDate day) {
        return figures.equipment(ward.id().value(), KINDS, day).stream()
                .map(r -> new KindCount(r.kind(), r.quantity(), r.inService())).toList();
    }

    /** Cameras as of today. */
    public Cameras cameras(Ward ward) {
        return cameras(ward, WardTime.today());
    }

    /**
     * Cameras in service standing in residential groups on the day (as {@link #equipment(Ward, LocalDate)});
     * the distinct groups with one or more; all the ward's groups; the camera entries without a date.
     */
    public Cameras cameras(Ward ward, LocalDate day) {
        var row = figures.cameras(ward.id().value(), day);
        return new Cameras(row.cameras(), row.groupsCovered(), row.groups(), row.undated());
    }

    /**
     * The quantity issued in [from, to] (both days included) of a kind (DIGITAL_CERTIFICATE or
     * OFFICIAL_EMAIL) to a holder (BODY, PERSON, or null for both), new, renewed and changed alike.
     */
    public long issued(Ward ward, String kind, String holder, LocalDate from, LocalDate to) {
        if (kind == null || Arrays.stream(CertificateKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw new InvalidInputException("certificate.bad-kind", "kind", String.valueOf(kind),
                    Choices.list(CertificateKind.class));
        }
        if (holder != null && Arrays.stream(CertificateHolder.values()).noneMatch(h -> h.name().equals(holder))) {
            throw new InvalidInputException("certificate.bad-holder", "holder", holder,
                    Choices.list(CertificateHolder.class));
        }
        period(from, to);
        return figures.issued(ward.id().value(), kind, holder, from, to);
    }

    public AssetSummary summary(Ward ward) {
        return new AssetSummary(equipment(ward), cameras(ward));
    }

    /** Every kind × holder × action issued in [from, to], zeros included. */
    public CertificateSummary certificates(Ward ward, LocalDate from, LocalDate to) {
        period(from, to);
        var counts = figures.issuedBy(ward.id().value(), names(CertificateKind.values()),
                        names(CertificateHolder.values()), names(CertificateAction.values()), from, to).stream()
                .map(r -> new CertificateCount(r.kind(), r.holder(), r.action(), r.quantity())).toList();
        return new CertificateSummary(from, to, counts);
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException("certificate.period-required", from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("certificate.period-reversed", "to", VietnameseFormat.date(from), VietnameseFormat.date(to));
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
