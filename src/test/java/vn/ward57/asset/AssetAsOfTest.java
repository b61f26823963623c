package vn.ward57.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Cameras and equipment as of a day (issue 20), on a ward of the test's own (tb-theo-ngay), all GOOD:
 * <pre>
 *   to-1  2 cameras installed 01/3/2025
 *   to-2  3 cameras installed 10/01/2025, removed 15/4/2026
 *   to-3  4 cameras installed 10/6/2026
 *   to-4  1 camera  installed 06/6/2026
 *   06/6/2026:  2 + 1 = 3 cameras in to-1, to-4 (2 groups); the 4 of 10/6 not yet, the 3 removed 15/4 no more
 *   14/4/2026:  2 + 3 = 5 in 2 groups; 15/4/2026 (the removal day): 2 in 1 group; 31/12/2024: none
 * </pre>
 */
@Ward57Test
class AssetAsOfTest {

    private static final String WARD = "tb-theo-ngay";
    private static final String OFFICER = "canbo." + WARD;
    private static final String ASSETS = "/api/v1/wards/" + WARD + "/assets";

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
        TestWard.create(mvc, jdbc, WARD, "Phường Theo Ngày");
        camera("to-1", 2, "\"2025-03-01\"", "null");
        camera("to-2", 3, "\"2025-01-10\"", "\"2026-04-15\"");
        camera("to-3", 4, "\"2026-06-10\"", "null");
        camera("to-4", 1, "\"2026-06-06\"", "null");
        mvc.perform(post("admin", "/api/v1/wards/" + WARD + "/indicators", """
                {"code":"CAM-THU","name":"Tổ dân phố có camera","unit":"PERCENT","direction":"HIGHER",
                 "periodType":"MONTH","source":"COMPUTED","metric":"CAMERA_GROUP_SHARE"}
                """)).andExpect(status().isCreated());
    }

    @Test
    void camerasAreCountedFromTheirInstallationToTheDayBeforeTheirRemoval() {
        assertThat(cameras("2026-06-06")).isEqualTo(new Cameras(3, 2, 4, 0));
        assertThat(cameras("2026-04-14")).isEqualTo(new Cameras(5, 2, 4, 0));
        assertThat(cameras("2026-04-15")).isEqualTo(new Cameras(2, 1, 4, 0));
        assertThat(cameras("2024-12-31")).isEqualTo(new Cameras(0, 0, 4, 0));
        assertThat(cameras("2026-06-06").dated()).isTrue();
        assertThat(TestWard.as(accounts, OFFICER, () -> figures.equipment(wards.get(WARD), LocalDate.of(2026, 6, 6))))
                .contains(new KindCount("CAMERA", 3, 3), new KindCount("COMPUTER", 0, 0));
    }

    @Test
    void theCameraShareOfAPastMonthIsComputedWhenEveryCameraHasItsDates() throws Exception {
        // 31/3/2026: to-1 and to-2 of 4 groups = 50,00; 31/5/2026: to-2's removed on 15/4, to-1 alone = 25,00
        assertThat(cameraShare("2026-03")).isEqualTo(50.0);
        assertThat(cameraShare("2026-05")).isEqualTo(25.0);
    }

    @Test
    void aCameraWithoutAnInstallationDateIsCountedAndMarksTheFigureAsTodays() throws Exception {
        String created = mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"CAMERA","name":"Camera chưa rõ ngày","group":"to-3","quantity":1}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        try {
            // counted as if always there: 3 + 1 on 06/6, now in to-3 too
            assertThat(cameras("2026-06-06")).isEqualTo(new Cameras(4, 3, 4, 1));
            assertThat(cameras("2026-06-06").dated()).isFalse();
            // it may have come after March: a month already over has no camera share
            assertThat(cameraShare("2026-03")).isNull();
        } finally {
            mvc.perform(delete(OFFICER, ASSETS + "/" + id)).andExpect(status().isNoContent());
        }
        assertThat(cameras("2026-06-06").dated()).isTrue();
    }

    @Test
    void badDatesAreRefusedWithTheFieldNamedInVietnamese() throws Exception {
        LocalDate tomorrow = WardTime.today().plusDays(1);
        String d = "%02d/%s/%d".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue() < 3
                ? "%02d".formatted(tomorrow.getMonthValue()) : tomorrow.getMonthValue(), tomorrow.getYear());
        mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"CAMERA","name":"Camera","group":"to-1","quantity":1,"installedOn":"%s"}
                """.formatted(tomorrow))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("installedOn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Ngày lắp đặt " + d
                        + " ở sau hôm nay")));
        mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"CAMERA","name":"Camera","group":"to-1","quantity":1,"installedOn":"2026-03-10",
                 "removedOn":"2026-03-09"}
                """)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("removedOn"))
                .andExpect(jsonPath("$.detail").value("Ngày thu hồi 09/3/2026 ở trước ngày lắp đặt 10/3/2026."));
        mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"CAMERA","name":"Camera","group":"to-1","quantity":1,"installedOn":"31/02/2026"}
                """)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("installedOn"))
                .andExpect(jsonPath("$.detail").value(
                        "Ngày lắp đặt „31/02/2026“ không phải ngày có thật; ghi dạng 15/01/2026."));
        // a removal on the day of the installation is allowed, and the API gives the dates back
        mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"WIFI_POINT","name":"Wi-Fi thử","group":"to-1","quantity":1,"installedOn":"10/3/2026",
                 "removedOn":"2026-03-10"}
                """)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.installedOn").value("2026-03-10"))
                .andExpect(jsonPath("$.removedOn").value("2026-03-10"));
    }

    private Double cameraShare(String month) throws Exception {
        String body = mvc.perform(vn.ward57.Api.get(OFFICER, "/api/v1/wards/" + WARD + "/indicators?period=" + month))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Number> values = JsonPath.read(body, "$[?(@.code == 'CAM-THU')].value");
        return values.getFirst() == null ? null : values.getFirst().doubleValue();
    }

    private Cameras cameras(String day) {
        return TestWard.as(accounts, OFFICER, () -> figures.cameras(wards.get(WARD), LocalDate.parse(day)));
    }

    private void camera(String group, int quantity, String installed, String removed) throws Exception {
        mvc.perform(post(OFFICER, ASSETS, """
                {"kind":"CAMERA","name":"Camera %s","group":"%s","quantity":%d,"installedOn":%s,"removedOn":%s}
                """.formatted(group, group, quantity, installed, removed))).andExpect(status().isCreated());
    }
}
