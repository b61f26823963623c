package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;
import static vn.ward57.budget.BudgetWards.line;
import static vn.ward57.budget.BudgetWards.pay;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;

/** The rules that keep the budget honest, on a ward of the test's own (ns-quy-tac); each test its own year. */
@Ward57Test
class BudgetRulesTest {

    private static final String WARD = "ns-quy-tac";
    private static final String OFFICER = "canbo." + WARD;
    private static final String LEADER = "lanhdao." + WARD;
    private static final String OVER = "Khoản chi này làm dòng CDS-01 giải ngân 110.000.000 đồng, vượt dự toán sau "
            + "điều chỉnh 100.000.000 đồng là 10.000.000 đồng. ";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Quy Tắc");
    }

    @Test
    void aPaymentOverTheAdjustedEstimateNeedsALeaderWithAReason() throws Exception {
        long lineId = line(mvc, OFFICER, WARD, 2040, "CDS", "CDS-01", 100_000_000L);
        pay(mvc, OFFICER, WARD, lineId, "2040-03-01", 60_000_000L);
        // 60.000.000 + 50.000.000 = 110.000.000 > 100.000.000
        disburse(OFFICER, lineId, 50_000_000L, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value(OVER
                        + "Chỉ lãnh đạo phường được duyệt chi vượt dự toán, kèm lý do."));
        // an officer's reason does not count
        disburse(OFFICER, lineId, 50_000_000L, "Giá thiết bị tăng").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(OVER
                        + "Chỉ lãnh đạo phường được duyệt chi vượt dự toán, kèm lý do."));
        // a leader must say why
        disburse(LEADER, lineId, 50_000_000L, "  ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value(OVER + "Muốn duyệt chi vượt, ghi lý do chi vượt dự toán."));
        assertThat(payments(lineId)).isEqualTo(1);
        // and then it is paid, with the reason and the leader kept
        disburse(LEADER, lineId, 50_000_000L, "Giá thiết bị tăng theo báo giá mới").andExpect(status().isCreated())
                .andExpect(jsonPath("$.overrideReason").value("Giá thiết bị tăng theo báo giá mới"))
                .andExpect(jsonPath("$.overriddenBy").value(LEADER));
        assertThat(jdbc.sql("select overridden_by from disbursement where budget_line_id = ? and amount = 50000000")
                .param(lineId).query(String.class).single()).isEqualTo(LEADER);
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId))
                .andExpect(jsonPath("$.line.disbursed").value(110_000_000L))
                .andExpect(jsonPath("$.line.remaining").value(-10_000_000L))
                .andExpect(jsonPath("$.line.disbursementRate").value(110.00))
                .andExpect(jsonPath("$.disbursements.length()").value(2));
    }

    @Test
    void anEditedPaymentIsCheckedLikeANewOneWithoutCountingItself() throws Exception {
        long lineId = line(mvc, OFFICER, WARD, 2041, "CDS", "CDS-01", 100_000_000L);
        pay(mvc, OFFICER, WARD, lineId, "2041-03-01", 60_000_000L);
        long second = id(disburse(OFFICER, lineId, 30_000_000L, null).andExpect(status().isCreated()));
        // 60.000.000 + 40.000.000 = 100.000.000: exactly the estimate is allowed
        edit(OFFICER, second, 40_000_000L).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(40_000_000L));
        // 60.000.000 + 50.000.000 > 100.000.000
        edit(OFFICER, second, 50_000_000L).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(jdbc.sql("select amount from disbursement where id = ?").param(second).query(Long.class).single())
                .isEqualTo(40_000_000L);
        // a date outside the line's year is refused
        mvc.perform(put(OFFICER, "/api/v1/wards/" + WARD + "/disbursements/" + second,
                        "{\"paidOn\":\"2042-01-05\",\"amount\":1000}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("paidOn"))
                .andExpect(jsonPath("$.detail").value("Ngày chi phải thuộc năm ngân sách 2041 của dòng CDS-01."));
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/disbursements/" + second))
                .andExpect(status().isNoContent());
        assertThat(payments(lineId)).isEqualTo(1);
    }

    @Test
    void moneyMustBeWholeAndNotNegativeAndNothingIsWritten() throws Exception {
        long lineId = line(mvc, OFFICER, WARD, 2042, "KHCN", "KHCN-01", 10_000_000L);
        disburseRaw(lineId, "12.5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value("Số tiền phải là số nguyên đồng, không có phần lẻ; đã ghi 12,5."));
        disburseRaw(lineId, "-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value("Số tiền không được là số âm; đã ghi -1."));
        disburseRaw(lineId, "0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Số tiền phải lớn hơn 0 đồng."));
        disburseRaw(lineId, "null").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Số tiền không được để trống."));
        assertThat(payments(lineId)).isZero();
        long lines = lines();
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines",
                        "{\"fiscalYear\":2042,\"category\":\"CDS\",\"code\":\"CDS-09\",\"name\":\"Dòng\",\"estimate\":1000.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("estimate"))
                .andExpect(jsonPath("$.detail").value("Dự toán phải là số nguyên đồng, không có phần lẻ; đã ghi 1.000,5."));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines",
                        "{\"fiscalYear\":2042,\"category\":\"CDS\",\"code\":\"CDS-09\",\"name\":\"Dòng\",\"estimate\":-5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("estimate"))
                .andExpect(jsonPath("$.detail").value("Dự toán không được là số âm; đã ghi -5."));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines",
                        "{\"fiscalYear\":2042,\"category\":\"GD\",\"code\":\"CDS-09\",\"name\":\"Dòng\",\"estimate\":5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/adjustments",
                        "{\"decidedOn\":\"2042-02-01\",\"amount\":0.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/commitments",
                        "{\"committedOn\":\"2042-02-01\",\"amount\":-3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(lines()).isEqualTo(lines);
        assertThat(jdbc.sql("select count(*) from budget_adjustment where budget_line_id = ?").param(lineId)
                .query(Long.class).single()).isZero();
        // the same code twice in a year is refused, not in another year
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines",
                        "{\"fiscalYear\":2042,\"category\":\"KHCN\",\"code\":\"KHCN-01\",\"name\":\"Lần hai\",\"estimate\":5}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("Dự toán năm 2042 đã có dòng mã „KHCN-01“."));
    }

    @Test
    void anAdjustmentMayNotTakeTheEstimateBelowWhatIsPaidAndALineWithPaymentsStays() throws Exception {
        long lineId = line(mvc, OFFICER, WARD, 2043, "CDS", "CDS-01", 100_000_000L);
        pay(mvc, OFFICER, WARD, lineId, "2043-04-01", 90_000_000L);
        // 100.000.000 − 20.000.000 = 80.000.000 < 90.000.000 paid
        adjust(lineId, -20_000_000L).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.detail").value("Điều chỉnh này làm dự toán dòng CDS-01 còn 80.000.000 đồng, "
                        + "ít hơn số đã giải ngân 90.000.000 đồng."));
        adjust(lineId, -150_000_000L).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Điều chỉnh này làm dự toán dòng CDS-01 còn -50.000.000 đồng, "
                        + "dưới 0 đồng."));
        String added = adjust(lineId, 20_000_000L).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        // now 120.000.000: a further 30.000.000 fits exactly
        pay(mvc, OFFICER, WARD, lineId, "2043-05-01", 30_000_000L);
        // removing the +20.000.000 would leave 100.000.000 under the 120.000.000 paid
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/adjustments/"
                        + JsonPath.read(added, "$.id")))
                .andExpect(status().isBadRequest());
        // an estimate edited below what is paid is refused too
        mvc.perform(put(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId,
                        "{\"fiscalYear\":2043,\"category\":\"CDS\",\"code\":\"CDS-01\",\"name\":\"Dòng\",\"estimate\":50000000}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("estimate"));
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không xóa được dòng CDS-01 vì đã giải ngân 120.000.000 đồng; "
                        + "nếu ghi nhầm, hãy xóa các khoản giải ngân trước."));
        // a line without payments goes, with its adjustments and commitments
        long empty = line(mvc, OFFICER, WARD, 2043, "DMST", "DMST-01", 5_000_000L);
        adjust(empty, 1_000_000L).andExpect(status().isCreated());
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + empty + "/commitments",
                "{\"committedOn\":\"2043-02-01\",\"amount\":3000000,\"note\":\"Hợp đồng\"}")).andExpect(status().isCreated());
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + empty)).andExpect(status().isNoContent());
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + empty)).andExpect(status().isNotFound());
        // an officer of another ward reads nothing of it
        mvc.perform(get("canbo.anhai", "/api/v1/wards/" + WARD + "/budget-lines/" + lineId))
                .andExpect(status().isForbidden());
    }

    @Test
    void adjustmentsAndCommitmentsAreAuditedAsTheApiShowsThem() throws Exception {
        long lineId = line(mvc, OFFICER, WARD, 2044, "CDS", "CDS-01", 100_000_000L);
        String adjustment = adjust(lineId, 20_000_000L).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String commitment = mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId
                        + "/commitments", "{\"committedOn\":\"2044-02-01\",\"amount\":3000000,\"note\":\"Hợp đồng\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number adjustmentId = JsonPath.read(adjustment, "$.id");
        Number commitmentId = JsonPath.read(commitment, "$.id");
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/adjustments/"
                + adjustmentId)).andExpect(status().isNoContent());
        mvc.perform(delete(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/commitments/"
                + commitmentId)).andExpect(status().isNoContent());
        var rows = jdbc.sql("""
                select a.entity, a.entity_key, a.action, coalesce(a.after, a.before) as shown
                from audit_log a join ward w on w.id = a.ward_id
                where w.code = ? and (a.entity = 'budget_adjustment' and a.entity_key = ?
                  or a.entity = 'budget_commitment' and a.entity_key = ?) order by a.id
                """).params(WARD, adjustmentId.toString(), commitmentId.toString()).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("entity") + " " + r.get("entity_key") + " " + r.get("action"))
                .containsExactly("budget_adjustment " + adjustmentId + " CREATE",
                        "budget_commitment " + commitmentId + " CREATE",
                        "budget_adjustment " + adjustmentId + " DELETE",
                        "budget_commitment " + commitmentId + " DELETE");
        assertThat(rows).extracting(r -> String.valueOf(r.get("shown")))
                .satisfiesExactly(a -> assertThat(a).contains("\"reason\": \"Quyết định bổ sung\"", "\"amount\": 20000000"),
                        c -> assertThat(c).contains("\"note\": \"Hợp đồng\"", "\"committedOn\": \"2044-02-01\""),
                        a -> assertThat(a).contains("\"reason\": \"Quyết định bổ sung\""),
                        c -> assertThat(c).contains("\"note\": \"Hợp đồng\""));
    }

    private ResultActions disburse(String user, long lineId, long amount, String reason) throws Exception {
        return mvc.perform(post(user, "/api/v1/wards/" + WARD + "/disbursements",
                "{\"budgetLineId\":%d,\"paidOn\":\"%d-06-01\",\"amount\":%d,\"document\":\"UNC\"%s}".formatted(lineId,
                        year(lineId), amount, reason == null ? "" : ",\"overrideReason\":\"" + reason + "\"")));
    }

    private ResultActions disburseRaw(long lineId, String amount) throws Exception {
        return mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/disbursements",
                "{\"budgetLineId\":%d,\"paidOn\":\"%d-06-01\",\"amount\":%s}".formatted(lineId, year(lineId), amount)));
    }

    private ResultActions edit(String user, long disbursementId, long amount) throws Exception {
        return mvc.perform(put(user, "/api/v1/wards/" + WARD + "/disbursements/" + disbursementId,
                "{\"paidOn\":\"2041-07-01\",\"amount\":%d}".formatted(amount)));
    }

    private ResultActions adjust(long lineId, long amount) throws Exception {
        return mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines/" + lineId + "/adjustments",
                "{\"decidedOn\":\"%d-05-01\",\"amount\":%d,\"reason\":\"Quyết định bổ sung\"}".formatted(year(lineId), amount)));
    }

    private int year(long lineId) {
        return jdbc.sql("select fiscal_year from budget_line where id = ?").param(lineId).query(Integer.class).single();
    }

    private long payments(long lineId) {
        return jdbc.sql("select count(*) from disbursement where budget_line_id = ?").param(lineId).query(Long.class)
                .single();
    }

    private long lines() {
        return jdbc.sql("select count(*) from budget_line l join ward w on w.id = l.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single();
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
