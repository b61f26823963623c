package vn.ward57.report.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.org.Ward;
import vn.ward57.check.KnownDocument;
import vn.ward57.task.DirectiveService;

/**
 * The ward's directive register (module task) as the narrative check knows it: each document's number and
 * date, so "Kế hoạch số 15/KH-UBND ngày …" in a report is checked against the date the ward registered.
 */
@Component
class WardDocuments {

    private final DirectiveService directives;

    WardDocuments(DirectiveService directives) {
        this.directives = directives;
    }

    List<KnownDocument> of(Ward ward) {
        return directives.list(ward).stream()
                .filter(d -> d.number() != null && !d.number().isBlank() && d.issuedOn() != null)
                .map(d -> new KnownDocument(d.number().strip(), d.issuedOn(), d.title()))
                .toList();
    }
}
