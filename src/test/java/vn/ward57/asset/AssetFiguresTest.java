package vn.ward57.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.common.error.InvalidInputException;

/**
 * The registers' figures on a ward of the test's own (tb-so-lieu), entered through the API:
 * <pre>
 *   COMPUTER  5 GOOD (pvhcc) + 2 NEEDS_REPAIR (pvhcc) + 3 OUT_OF_SERVICE (ca)  → 10, in service 7
 *   CAMERA    2 GOOD to-1, 1 NEEDS_REPAIR to-1 (a second row, same group), 4 OUT_OF_SERVICE to-2,
 *             3 GOOD at pvhcc in no group, 1 GOOD to-3                        → 11, in service 7
 *   WIFI_POINT 1 GOOD to-4                                                    → 1, in service 1
 *   cameras: in service in a group 2 + 1 + 1 = 4; groups covered to-1, to-3 = 2 (to-2's are broken);
 *   the ward has 4 groups; none has an installation date: 5 camera entries undated.
 *   certificates: 31/12/2025 DC BODY NEW 5; 10/01/2026 DC BODY NEW 2; 05/03/2026 DC PERSON NEW 10;
 *   31/03/2026 DC PERSON RENEWED 4; 01/04/2026 DC PERSON CHANGED 7; 01/02/2026 EMAIL PERSON NEW 20.
 *   Q1 2026: DC BODY 2; DC PERSON 10 + 4 = 14 (31/3 included, 1/4 not); both 16; EMAIL PERSON 20.
 *   31/12/2025 – 01/04/2026: DC both 5 + 2 + 10 + 4 + 7 = 28.
 * </pre>
 */
@Ward57Test
class AssetFiguresTest {

    private static final String WARD = "tb-so-lieu";
    private static final String OFFICER = "canbo." + WARD;
    private static final LocalDate Q1_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_TO = LocalDate.of(2026, 3, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AssetFigures figures;
    @Autowired
    vn.ward57.org.WardService wards;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        TestWard.create(mvc, jdbc, WARD, "Phường Số Liệu");
        asset("COMPUTER", "pvhcc", null, 5, "GOOD");
        asset("COMPUTER", "pvhcc", null, 2, "NEEDS_REPAIR");
        asset("COMPUTER", "ca", null, 3, "OUT_OF_SERVICE");
        asset("CAMERA", "ca", "to-1", 2, "GOOD");
        asset("CAMERA", "ca", "to-1", 1, "NEEDS_REPAIR");
        asset("CAMERA", "ca", "to-2", 4, "OUT_OF_SERVICE");
        asset("CAMERA", "pvhcc", null, 3, "GOOD");
        asset("CAMERA", null, "to-3", 1, "GOOD");
        asset("WIFI_POINT", null, "to-4", 1, "GOOD");
        issue("2025-12-31", "DIGITAL_CERTIFICATE", "BODY", "NEW", 5);
        issue("2026-01-10", "DIGITAL_CERTIFICATE", "BODY", "NEW", 2);
        issue("2026-03-05", "DIGITAL_CERTIFICATE", "PERSON", "NEW", 10);
        issue("2026-03-31", "DIGITAL_CERTIFICATE", "PERSON", "RENEWED", 4);
        issue("2026-04-01", "DIGITAL_CERTIFICATE", "PERSON", "CHANGED", 7);
        issue("2026-02-01", "OFFICIAL_EMAIL", "PERSON", "NEW", 20);
    }

    @Test
    void equipmentListsEveryKindWithOutOfServiceLeftOutOfInService() {
        var equipment = TestWard.as(accounts, OFFICER, () -> figures.equipment(wards.get(WARD)));
        assertThat(equipment).extracting(KindCount::kind).containsExactly("COMPUTER", "PRINTER_SCANNER", "SCREEN",
                "KIOSK", "SERVER", "NETWORK_POINT", "WIFI_POINT", "CAMERA", "OTHER");
        assertThat(equipment).contains(new KindCount("COMPUTER", 10, 7), new KindCount("CAMERA", 11, 7),
                new KindCount("WIFI_POINT", 1, 1), new KindCount("SERVER", 0, 0));
    }

    @Test
    void camerasCountThoseInServiceInGroupsAndEachGroupOnce() {
        assertThat(TestWard.as(accounts, OFFICER, () -> figures.cameras(wards.get(WARD)))).isEqualTo(new Cameras(4, 2, 4, 5));
    }

    @Test
    void issuedAddsTheQuantitiesOfThePeriodForAHolderOrBoth() {
        assertThat(issued("DIGITAL_CERTIFICATE", "BODY", Q1_FROM, Q1_TO)).isEqualTo(2);
        assertThat(issued("DIGITAL_CERTIFICATE", "PERSON", Q1_FROM, Q1_TO)).isEqualTo(14);
        assertThat(issued("DIGITAL_CERTIFICATE", null, Q1_FROM, Q1_TO)).isEqualTo(16);
        assertThat(issued("OFFICIAL_EMAIL", "PERSON", Q1_FROM, Q1_TO)).isEqualTo(20);
        assertThat(issued("OFFICIAL_EMAIL", "BODY", Q1_FROM, Q1_TO)).isZero();
        assertThat(issued("DIGITAL_CERTIFICATE", null, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1)))
                .isEqualTo(28);
        assertThatThrownBy(() -> issued("CHU_KY_SO", null, Q1_FROM, Q1_TO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issued("OFFICIAL_EMAIL", "ALL", Q1_FROM, Q1_TO))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The figures take a ward its reader has opened: another ward's officer gets neither the ward nor them. */
    @Test
    void theFiguresAreOnlyForThoseWhoMayReadTheWard() throws Exception {
        assertThatThrownBy(() -> TestWard.as(accounts, "canbo.anhai", () -> figures.equipment(wards.get(WARD))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(vn.ward57.Api.get("canbo.anhai", "/api/v1/wards/" + WARD + "/asset-summary"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        mvc.perform(vn.ward57.Api.get("canbo.anhai", "/api/v1/wards/" + WARD + "/certificate-summary"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void theApiAnswersTheSameSummaries() throws Exception {
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/asset-summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equipment.length()").value(9))
                .andExpect(jsonPath("$.equipment[?(@.kind == 'COMPUTER')].quantity").value(Matchers.contains(10)))
                .andExpect(jsonPath("$.equipment[?(@.kind == 'COMPUTER')].inService").value(Matchers.contains(7)))
                .andExpect(jsonPath("$.cameras.cameras").value(4))
                .andExpect(jsonPath("$.cameras.groupsCovered").value(2))
                .andExpect(jsonPath("$.cameras.groups").value(4));
        String cell = "$.counts[?(@.kind == '%s' && @.holder == '%s' && @.action == '%s')].quantity";
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/certificate-summary?from=2026-01-01&to=2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.length()").value(12))
                .andExpect(jsonPath(cell.formatted("DIGITAL_CERTIFICATE", "BODY", "NEW")).value(Matchers.contains(2)))
                .andExpect(jsonPath(cell.formatted("DIGITAL_CERTIFICATE", "PERSON", "NEW")).value(Matchers.contains(10)))
                .andExpect(jsonPath(cell.formatted("DIGITAL_CERTIFICATE", "PERSON", "RENEWED"))
                        .value(Matchers.contains(4)))
                .andExpect(jsonPath(cell.formatted("DIGITAL_CERTIFICATE", "PERSON", "CHANGED"))
                        .value(Matchers.contains(0)))
                .andExpect(jsonPath(cell.formatted("OFFICIAL_EMAIL", "PERSON", "NEW")).value(Matchers.contains(20)));
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/certificate-summary?from=2026-04-01&to=2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Kỳ từ 01/4/2026 đến 01/01/2026: ngày cuối ở trước ngày đầu."));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/" + WARD + "/asset-summary")).andExpect(status().isForbidden());
    }

    private long issued(String kind, String holder, LocalDate from, LocalDate to) {
        return TestWard.as(accounts, OFFICER, () -> figures.issued(wards.get(WARD), kind, holder, from, to));
    }

    private void asset(String kind, String unit, String group, int quantity, String condition) throws Exception {
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/assets", """
                {"kind":"%s","name":"%s","unit":%s,"group":%s,"quantity":%d,"acquiredYear":2024,"condition":"%s"}
                """.formatted(kind, kind + " " + condition, json(unit), json(group), quantity, condition)))
                .andExpect(status().isCreated());
    }

    private void issue(String on, String kind, String holder, String action, int quantity) throws Exception {
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/certificates", """
                {"issuedOn":"%s","kind":"%s","holder":"%s","action":"%s","quantity":%d}
                """.formatted(on, kind, holder, action, quantity))).andExpect(status().isCreated());
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
