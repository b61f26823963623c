package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.domain.RecommendationTable;
import vn.ward57.breakthrough.domain.Recommendations;
import vn.ward57.common.WardTime;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Đề xuất, kiến nghị", description = "Recommendations with the columns of Phụ lục X, grouped into what "
        + "the ward resolves itself (SELF) and what needs a higher level (HIGHER), with their follow-up")
class RecommendationApiController {

    private final Recommendations recommendations;
    private final RecommendationTable table;

    RecommendationApiController(Recommendations recommendations, RecommendationTable table) {
        this.recommendations = recommendations;
        this.table = table;
    }

    @GetMapping("/recommendations")
    List<Recommendation> list(Ward ward, @RequestParam(required = false) String scope,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) String q) {
        return recommendations.list(ward, new RecommendationFilter(scope, status, overdue, q), WardTime.today());
    }

    @PostMapping("/recommendations")
    ResponseEntity<Recommendation> create(Ward ward, @RequestBody RecommendationForm form) {
        Recommendation created = recommendations.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/recommendations/" + created.id()))
                .body(created);
    }

    @GetMapping("/recommendations/{recommendationId}")
    Recommendation get(Ward ward, @PathVariable long recommendationId) {
        return recommendations.get(ward, recommendationId);
    }

    @PutMapping("/recommendations/{recommendationId}")
    Recommendation update(Ward ward, @PathVariable long recommendationId,
                          @RequestBody RecommendationForm form) {
        return recommendations.update(ward, recommendationId, form);
    }

    /** A follow-up entry: {"status": "SENT", "onDate": "2026-11-20", "note": "…"}; the status moves forward only. */
    @PostMapping("/recommendations/{recommendationId}/follow-ups")
    Recommendation followUp(Ward ward, @PathVariable long recommendationId,
                            @RequestBody(required = false) FollowUpForm form) {
        return recommendations.followUp(ward, recommendationId, form);
    }

    @DeleteMapping("/recommendations/{recommendationId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long recommendationId) {
        recommendations.delete(ward, recommendationId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/recommendation-imports")
    ResponseEntity<RegisterImport> importFile(Ward ward,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(ward, file));
    }

    /** recommendations.csv or recommendations.xlsx, narrowed like the list. */
    @GetMapping("/recommendations.{format}")
    ResponseEntity<byte[]> export(Ward ward, @PathVariable String format,
                                  @RequestParam(required = false) String scope,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new RecommendationFilter(scope, status, overdue, q));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }
}
