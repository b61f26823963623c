package vn.ward57.asset.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.AssetKind;
import vn.ward57.asset.Cameras;
import vn.ward57.asset.CertificateAction;
import vn.ward57.asset.CertificateCount;
import vn.ward57.asset.CertificateHolder;
import vn.ward57.asset.CertificateKind;
import vn.ward57.asset.CertificateSummary;
import vn.ward57.asset.KindCount;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;

/** The register's figures ({@link AssetFigures}), each one SQL aggregate. */
@Service
@Transactional(readOnly = true)
class AssetFigureService implements AssetFigures {

    private static final List<String> KINDS = names(AssetKind.values());

    private final FigureRepository figures;

    AssetFigureService(FigureRepository figures) {
        this.figures = figures;
    }

    @Override
    public List<KindCount> equipment(Ward ward, LocalDate day) {
        return figures.equipment(ward.id().value(), KINDS, day).stream()
                .map(r -> new KindCount(r.kind(), r.quantity(), r.inService())).toList();
    }

    @Override
    public Cameras cameras(Ward ward, LocalDate day) {
        var row = figures.cameras(ward.id().value(), day);
        return new Cameras(row.cameras(), row.groupsCovered(), row.groups(), row.undated());
    }

    @Override
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

    @Override
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
