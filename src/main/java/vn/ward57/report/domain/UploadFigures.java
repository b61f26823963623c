package vn.ward57.report.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.check.KnownFigures;
import vn.ward57.org.Ward;

/**
 * The ward's figures of a period as the figure checker knows them, for a report that was not written in ward57
 * (an uploaded one): the same figures, names and directive register a report's own narrative check uses.
 */
@Component
@Transactional(readOnly = true)
public class UploadFigures {

    private final ReportAssembler assembler;
    private final WardDocuments documents;

    UploadFigures(ReportAssembler assembler, WardDocuments documents) {
        this.assembler = assembler;
        this.documents = documents;
    }

    /** ward: read-checked by whoever resolved it. */
    public KnownFigures of(Ward ward, LocalDate from, LocalDate to) {
        return new ReportFigureNames(assembler.figures(ward, from, to), from, to, documents.of(ward));
    }
}
