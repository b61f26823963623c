package vn.ward57.breakthrough;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.List;

/** A model as entered; the service checks every field (nothing here turns a body into a 400 early). */
public record BreakthroughForm(String code, String title, String field, String problem, String solution,
                               String mechanismsResources, String costAndTime, Long costVnd, String quantifiedResult,
                               String impact, String lessonsAndScaling, String risks, String headRole,
                               String contactName, String contactPhone, String contactEmail, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                               String status, Integer reportYear, List<Long> taskIds, List<String> indicatorCodes) {
}
