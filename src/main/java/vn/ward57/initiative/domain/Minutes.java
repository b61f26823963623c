package vn.ward57.initiative.domain;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.InitiativeResult;
import vn.ward57.org.Ward;

/**
 * The council's minutes (biên bản họp Hội đồng) as DOCX in the Decree 30 layout, filled with poi-tl
 * from templates/initiative/bien-ban-hoi-dong.docx (made by MinutesTemplateWriter in the tests):
 * {{tags}} for the text, a loop row ([rank], [title] …) for the result table.
 */
@Service
@Transactional(readOnly = true)
public class Minutes {

    static final String TEMPLATE = "templates/initiative/bien-ban-hoi-dong.docx";

    private final ResultService results;

    Minutes(ResultService results) {
        this.results = results;
    }

    public byte[] docx(Ward ward, long callId) {
        ResultService.Council council = results.council(ward, callId);
        InitiativeCall call = council.call();
        LocalDate date = call.signedAt() != null ? LocalDate.ofInstant(call.signedAt(), WardTime.ZONE) : WardTime.today();
        String place = ward.name().replaceFirst("^(Phường|Xã|Thị trấn|Đặc khu) ", "");
        CouncilMember chair = council.members().stream().filter(m -> m.role() == CouncilMember.Role.CHAIR)
                .findFirst().orElse(null);

        Map<String, Object> data = new HashMap<>();
        data.put("wardUpper", "UBND " + ward.name().toUpperCase(Locale.forLanguageTag("vi")));
        data.put("placeDate", place + ", " + VietnameseFormat.longDate(date));
        data.put("year", String.valueOf(call.year()));
        data.put("callTitle", call.title());
        data.put("members", council.members().stream()
                .map(m -> "- " + m.fullName() + (m.role() == CouncilMember.Role.CHAIR ? " – Chủ tịch Hội đồng" : " – Thành viên"))
                .collect(Collectors.joining("\n")));
        data.put("conflicts", council.conflicts().isEmpty() ? "Không có thành viên nào kê khai xung đột lợi ích."
                : council.conflicts().stream().map(c -> "- " + c.fullName() + " không chấm sáng kiến " + c.initiativeCode()
                        + ": " + c.reason()).collect(Collectors.joining("\n")));
        data.put("summary", "Hội đồng đã xét %d sáng kiến; điểm của mỗi sáng kiến là trung bình điểm của các thành viên chấm (thang 10)."
                .formatted(council.results().size()));
        data.put("results", council.results().stream().map(Minutes::row).toList());
        data.put("signState", call.state() == InitiativeCall.State.SIGNED ? "" : "(Kết quả chưa được Chủ tịch Hội đồng ký xác nhận)");
        data.put("chairName", chair == null ? "" : chair.fullName());

        Configure config = Configure.builder().bind("results", new LoopRowTableRenderPolicy()).build();
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream();
             XWPFTemplate template = XWPFTemplate.compile(in, config).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> row(InitiativeResult r) {
        return Map.of("rank", String.valueOf(r.rank()), "title", r.title(), "authors", r.authors(),
                "unit", r.unitName() == null ? "" : r.unitName(), "result", decimal(r.result()),
                "award", r.award().label());
    }

    /** 8,25: two decimals with the Vietnamese decimal comma. */
    static String decimal(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** The file name offered for download. */
    public static String fileName(int year) {
        return "bien-ban-hoi-dong-sang-kien-" + year + ".docx";
    }
}
