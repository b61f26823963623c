package vn.ward57.breakthrough;

import java.time.LocalDate;
import java.util.List;

/**
 * A breakthrough model with every column of Phụ lục IX (problem … contact), the ward's tasks (by id)
 * and indicators (by code) it serves. costVnd is the exact sum in đồng when one is known.
 */
public record Breakthrough(long id, String wardCode, String code, String title, String field, String problem,
                           String solution, String mechanismsResources, String costAndTime, Long costVnd,
                           String quantifiedResult, String impact, String lessonsAndScaling, String risks,
                           String headRole, String contactName, String contactPhone, String contactEmail,
                           LocalDate startedOn, BreakthroughStatus status, Integer reportYear, List<Long> taskIds,
                           List<String> indicatorCodes) {
}
