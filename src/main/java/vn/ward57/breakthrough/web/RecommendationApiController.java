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
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationService;
import vn.ward57.breakthrough.RecommendationTable;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.WardTime;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Đề xuất, kiến nghị", description = "Recommendations with the columns of Phụ lục X, grouped into what "
        + "the ward resolves itself (SELF) and what needs a higher level (HIGHER), with their follow-up")
class RecommendationApiController {

    private final RecommendationService recommendations;
    private final RecommendationTable table;

    RecommendationApiController(RecommendationService recommendations, RecommendationTable table) {
        this.recommendations = recommendations;
        this.table = table;
    }

    @GetMapping("/recommendations")
    List<Recommendation> list(@PathVariable String wardCode, @RequestParam(required = false) String scope,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) String q) {
        return recommendations.list(wardCode, new RecommendationFilter(scope, status, overdue, q), WardTime.today());
    }

    @PostMapping("/recommendations")
    ResponseEntity<Recommendation> create(@PathVariable String wardCode, @RequestBody RecommendationForm form) {
        Recommendation created = recommendations.create(wardCode, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/recommendations/" + created.id()))
                .body(created);
    }

    @GetMapping("/recommendations/{recommendationId}")
    Recommendation get(@PathVariable String wardCode, @PathVariable long recommendationId) {
        return recommendations.get(wardCode, recommendationId);
    }

    @PutMapping("/recommendations/{recommendationId}")
    Recommendation update(@PathVariable String wardCode, @PathVariable long recommendationId,
                          @RequestBody RecommendationForm form) {
        return recommendations.update(wardCode, recommendationId, form);
    }

    /** A follow-up entry: {"status": "SENT", "onDate": "2026-11-20", "note": "…"}; the status moves forward only. */
    @PostMapping("/recommendations/{recommendationId}/follow-ups")
    Recommendation followUp(@PathVariable String wardCode, @PathVariable long recommendationId,
                            @RequestBody(required = false) FollowUpForm form) {
        return recommendations.followUp(wardCode, recommendationId, form);
    }

    @DeleteMapping("/recommendations/{recommendationId}")
    ResponseEntity<Void> delete(@PathVariable String wardCode, @PathVariable long recommendationId) {
        recommendations.delete(wardCode, recommendationId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/recommendation-imports")
    ResponseEntity<RegisterImport> importFile(@PathVariable String wardCode,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(wardCode, file));
    }

    /** recommendations.csv or recommendations.xlsx, narrowed like the list. */
    @GetMapping("/recommendations.{format}")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @PathVariable String format,
                                  @RequestParam(required = false) String scope,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(wardCode, new RecommendationFilter(scope, status, overdue, q));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }
}
