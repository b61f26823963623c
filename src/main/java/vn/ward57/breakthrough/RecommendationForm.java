package vn.ward57.breakthrough;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A recommendation as entered; status null keeps the current one (a new one starts PROPOSED). */
public record RecommendationForm(String code, String content, String decidingAuthority, String leadBody,
                                 String coordinatingBodies, String expectedOutput, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                                 String deadlineText, String scope, String status) {
}
