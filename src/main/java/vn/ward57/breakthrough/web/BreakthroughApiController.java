package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.domain.Breakthroughs;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/breakthroughs")
@Tag(name = "Mô hình đột phá", description = "Breakthrough models with the columns of Phụ lục IX, linked to the "
        + "ward's tasks and indicators")
class BreakthroughApiController extends RegisterApi<Ward, Breakthrough, BreakthroughForm> {

    private final Breakthroughs models;

    BreakthroughApiController(Breakthroughs models) {
        super(models::create, models::get, models::update, models::delete, Breakthrough::id);
        this.models = models;
    }

    @GetMapping
    List<Breakthrough> list(Ward ward, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String q) {
        return models.list(ward, status, q);
    }
}
