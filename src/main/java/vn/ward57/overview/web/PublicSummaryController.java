package vn.ward57.overview.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Messages;
import vn.ward57.overview.PublicSummary;
import vn.ward57.overview.PublicSummaryService;

/**
 * Open data without a login. Computed from the database on every request; clients and proxies may
 * keep it five minutes, and revalidate by its ETag (a hash of the body: 304 when unchanged).
 */
@RestController
class PublicSummaryController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final PublicSummaryService service;
    private final JsonMapper json;
    private final Messages messages;

    PublicSummaryController(PublicSummaryService service, JsonMapper json, Messages messages) {
        this.service = service;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/api/v1/public/wards/{wardCode}/summary")
    ResponseEntity<byte[]> summary(@PathVariable String wardCode, @RequestParam(required = false) Integer year,
                                   @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        byte[] body = json.writeValueAsBytes(service.summary(wardCode, year));
        return cached(body, new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8), null, ifNoneMatch);
    }

    @GetMapping("/api/v1/public/wards/{wardCode}/summary.csv")
    ResponseEntity<byte[]> csv(@PathVariable String wardCode, @RequestParam(required = false) Integer year,
                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PublicSummary s = service.summary(wardCode, year);
        ResponseEntity<byte[]> file = TableExport.download("csv", "cong-khai-" + s.wardCode() + "-" + s.year(),
                headers(), rows(s));
        return cached(file.getBody(), file.getHeaders().getContentType(),
                file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), ifNoneMatch);
    }

    private List<String> headers() {
        return List.of("group", "period", "code", "figure", "value", "target", "targetYear", "status").stream()
                .map(h -> messages.get("public.csv." + h)).toList();
    }

    /** One row per figure: the dossiers' months, the tasks, then each published indicator value. */
    private List<List<Object>> rows(PublicSummary s) {
        List<List<Object>> rows = new ArrayList<>();
        String dossiers = messages.get("public.dossiers");
        for (PublicSummary.DossierMonth m : s.dossiers()) {
            rows.add(row(dossiers, m.month(), "received", m.received()));
            rows.add(row(dossiers, m.month(), "online", m.online()));
            rows.add(row(dossiers, m.month(), "resolved", m.resolved()));
            rows.add(row(dossiers, m.month(), "onTime", m.onTime()));
            rows.add(row(dossiers, m.month(), "onlineRate", m.onlineRate()));
            rows.add(row(dossiers, m.month(), "onTimeRate", m.onTimeRate()));
        }
        String tasks = messages.get("public.tasks");
        String asOf = s.asOf().toString();
        rows.add(row(tasks, asOf, "assigned", s.tasks().assigned()));
        rows.add(row(tasks, asOf, "done", s.tasks().done()));
        rows.add(row(tasks, asOf, "completionRate", s.tasks().completionRate()));
        String indicators = messages.get("public.indicators");
        for (PublicSummary.IndicatorValue v : s.indicators()) {
            rows.add(java.util.Arrays.asList(indicators, v.period(), v.code(), v.name(), v.value(), v.target(),
                    v.targetYear() == null ? null : String.valueOf(v.targetYear()),
                    v.status() == null ? null : messages.get("public.status." + v.status())));
        }
        return rows;
    }

    private List<Object> row(String group, String period, String code, Object value) {
        return java.util.Arrays.asList(group, period, code, messages.get("public.figure." + code), value, null, null,
                null);
    }

    private static ResponseEntity<byte[]> cached(byte[] body, MediaType type, String disposition, String ifNoneMatch) {
        String etag = "\"" + sha256(body) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(FIVE_MINUTES);
        headers.setETag(etag);
        headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));  // the CSV's headers follow the reader's language
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(type);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
