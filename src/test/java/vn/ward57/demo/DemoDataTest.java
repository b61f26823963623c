package vn.ward57.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;

/**
 * The demo wards hold a year of generated dossiers, as many as the seed reports count, the
 * directives, meetings and tasks of the seeds (demo-tasks.sql, whose header works out the figures), and
 * eighteen months of indicator values with the units' report forms (demo-indicators.sql, likewise).
 */
@Ward57Test
// its own context and database: other tests add their own records to the demo wards (the other ward
// of the cross-ward access test, pages that assign tasks), and this one counts the demo as loaded
@org.springframework.test.context.TestPropertySource(properties = "ward57.test.pristine-demo=true")
class DemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoWardHasItsYearOfDossiers() throws Exception {
        assertThat(count("an-hai")).isEqualTo(7_355);
        assertThat(count("trung-thanh")).isEqualTo(4_838);
        // a whole year with nothing before it: everything is newly received, nothing carried over
        // (no other test imports into an-hai)
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/dossier-stats?from=2025-11-21&to=2026-11-20"))
                .andExpect(jsonPath("$.received").value(7_355))
                .andExpect(jsonPath("$.carriedOver").value(0))
                .andExpect(jsonPath("$.newlyReceived").value(7_355));
    }

    @Test
    void eachDemoWardHasTheDirectivesOfTheSeedsLinkedToWhatTheyImplement() throws Exception {
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/directives")).andExpect(jsonPath("$.length()").value(17))
                .andExpect(jsonPath("$[?(@.issuedByWard == true)].number").value(containsInAnyOrder("70/KH-UBND",
                        "79/KH-UBND", "547/QĐ-UBND", "914/UBND-VHXH", "1523/UBND-VHXH", "988/QĐ-UBND")))
                .andExpect(jsonPath("$[?(@.number == '57-NQ/TW')].issuedOn").value(contains("2024-12-22")))
                .andExpect(jsonPath("$[?(@.number == '57-NQ/TW')].issuer").value(contains("Bộ Chính trị")))
                .andExpect(jsonPath("$[?(@.number == '02-KH/BCĐTW')].type").value(contains("KH")))
                .andExpect(jsonPath("$[?(@.number == '02-KH/BCĐTW')].issuedOn").value(contains("2025-06-19")))
                .andExpect(jsonPath("$[?(@.number == '547/QĐ-UBND')].type").value(contains("QĐ")))
                .andExpect(jsonPath("$[?(@.number == '70/KH-UBND')].signerRole").value(contains("HEAD")));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/directives"))
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[?(@.number == '6641/UBND-KGVX')].type").value(contains("CV")));
        // the ward's plan implements 02-KH/BCĐTW, which implements 57-NQ/TW
        long nq57 = directive("an-hai", "57-NQ/TW");
        long kh02 = directive("an-hai", "02-KH/BCĐTW");
        mvc.perform(get("canbo.anhai", "/api/v1/directives/" + directive("an-hai", "70/KH-UBND")))
                .andExpect(jsonPath("$.implementsIds").value(containsInAnyOrder((int) nq57, (int) kh02,
                        (int) directive("an-hai", "71/NQ-CP"))));
        mvc.perform(get("canbo.anhai", "/api/v1/directives/" + kh02))
                .andExpect(jsonPath("$.implementsIds").value(contains((int) nq57)));
        mvc.perform(get("canbo.trungthanh", "/api/v1/directives/" + directive("trung-thanh", "25/KH-UBND")))
                .andExpect(jsonPath("$.implementsIds").value(containsInAnyOrder(
                        (int) directive("trung-thanh", "02-KH/BCĐTW"), (int) directive("trung-thanh", "57-NQ/TW"))));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/meetings")).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/meetings"))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void anHaiCompletedBothPhasesOf02OnTimeAsSeed002Reports() throws Exception {
        long kh02 = directive("an-hai", "02-KH/BCĐTW");
        // seed 002: "Giai đoạn 1: 16/16 ... đúng hạn 16; Giai đoạn 2: 34/34 ... đúng hạn 34, quá hạn 0"
        for (String asOf : new String[] {"2025-11-06", "2026-11-20"}) {
            stats("canbo.anhai", "an-hai", asOf, "&directive=" + kh02 + "&phase=1")
                    .andExpect(jsonPath("$.assigned").value(16)).andExpect(jsonPath("$.doneOnTime").value(16))
                    .andExpect(jsonPath("$.doneLate").value(0)).andExpect(jsonPath("$.overdueNotDone").value(0))
                    .andExpect(jsonPath("$.completionRate").value(100.00)).andExpect(jsonPath("$.light").value("GREEN"));
            stats("canbo.anhai", "an-hai", asOf, "&directive=" + kh02 + "&phase=2")
                    .andExpect(jsonPath("$.assigned").value(34)).andExpect(jsonPath("$.doneOnTime").value(34))
                    .andExpect(jsonPath("$.doneLate").value(0)).andExpect(jsonPath("$.inProgressWithinDeadline").value(0))
                    .andExpect(jsonPath("$.overdueNotDone").value(0)).andExpect(jsonPath("$.light").value("GREEN"));
        }
        // the whole ward: the 50, 8 tasks of 70/KH-UBND (4 done, 4 open) and 2 of meetings (1 done, 1 open);
        // the Tổ dân phố số task is due 27/11/2026, within 7 days
        stats("canbo.anhai", "an-hai", "2026-11-20", "")
                .andExpect(jsonPath("$.assigned").value(60)).andExpect(jsonPath("$.doneOnTime").value(55))
                .andExpect(jsonPath("$.doneLate").value(0)).andExpect(jsonPath("$.inProgressWithinDeadline").value(5))
                .andExpect(jsonPath("$.overdueNotDone").value(0)).andExpect(jsonPath("$.completionRate").value(91.67))
                .andExpect(jsonPath("$.light").value("YELLOW"));
        // a week earlier nothing was due within 7 days yet
        stats("canbo.anhai", "an-hai", "2026-11-13", "").andExpect(jsonPath("$.light").value("GREEN"));
    }

    @Test
    void trungThanhIsLessAdvancedAndTheProvinceViewShowsEachLight() throws Exception {
        long kh02 = directive("trung-thanh", "02-KH/BCĐTW");
        // phase 1: 1.07, 1.11 and 1.14 were done late
        stats("canbo.trungthanh", "trung-thanh", "2026-11-20", "&directive=" + kh02 + "&phase=1")
                .andExpect(jsonPath("$.assigned").value(16)).andExpect(jsonPath("$.doneOnTime").value(13))
                .andExpect(jsonPath("$.doneLate").value(3)).andExpect(jsonPath("$.completionRate").value(100.00))
                .andExpect(jsonPath("$.light").value("YELLOW"));
        // seed 004 on 06/6/2026: "34/34 (số nhiệm vụ hoàn thành trong hạn: 34/34 ...) quá hạn chưa hoàn thành: 0"
        stats("canbo.trungthanh", "trung-thanh", "2026-06-06", "&directive=" + kh02 + "&phase=2")
                .andExpect(jsonPath("$.assigned").value(34)).andExpect(jsonPath("$.doneOnTime").value(34))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(0))
                .andExpect(jsonPath("$.overdueNotDone").value(0));
        // the whole ward: 59 = 50 + 7 of 96/KH-UBND + 2 of meetings; late: 3 + the equipment bought 09/10
        // (due 30/9); overdue: the camera project's file (due 15/10) and the digital-signature review (20/10)
        stats("canbo.trungthanh", "trung-thanh", "2026-11-20", "")
                .andExpect(jsonPath("$.assigned").value(59)).andExpect(jsonPath("$.doneOnTime").value(49))
                .andExpect(jsonPath("$.doneLate").value(4)).andExpect(jsonPath("$.inProgressWithinDeadline").value(4))
                .andExpect(jsonPath("$.overdueNotDone").value(2)).andExpect(jsonPath("$.completionRate").value(89.83))
                .andExpect(jsonPath("$.light").value("RED"));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/tasks?status=OVERDUE&asOf=2026-11-20"))
                .andExpect(jsonPath("$[*].code").value(contains("KH96-07", "GB-09/2026-01")));
        mvc.perform(get("admin", "/api/v1/provinces/da-nang/task-stats?asOf=2026-11-20"))
                .andExpect(jsonPath("$[?(@.key == 'an-hai')].stats.light").value(contains("YELLOW")));
        mvc.perform(get("admin", "/api/v1/provinces/thai-nguyen/task-stats?asOf=2026-11-20"))
                .andExpect(jsonPath("$[?(@.key == 'trung-thanh')].stats.light").value(contains("RED")));
    }

    @Test
    void everyTaskHasItsHistoryAndEveryCompletionItsEvidence() throws Exception {
        String demo = "t.ward_id in (select id from ward where code in ('an-hai', 'trung-thanh'))";
        assertThat(single("select count(*) from task t where " + demo)).isEqualTo(119);
        assertThat(single("select count(*) from task t where " + demo + " and not exists (select 1 from task_event e"
                + " where e.task_id = t.id and e.kind = 'CREATED' and e.on_date = t.start_on)")).isZero();
        assertThat(single("select count(*) from task t where " + demo + " and t.completed_on is not null"))
                .isEqualTo(55 + 53);
        assertThat(single("select count(*) from task t where " + demo + " and (t.completed_on > date '2026-11-20'"
                + " or t.completed_on is not null and (select count(*) from task_event e where e.task_id = t.id"
                + " and e.kind = 'COMPLETED' and e.on_date = t.completed_on"
                + " and (e.link is not null or e.attachment_id is not null)) <> 1)")).isZero();
        assertThat(single("select count(*) from task t where " + demo + " and t.deadline is distinct from"
                + " t.original_deadline")).isOne();
        // the one extension: in force from the day it was decided
        long wifi = single("select t.id from task t where " + demo + " and t.code = 'KH70-06'");
        mvc.perform(get("canbo.anhai", "/api/v1/tasks/" + wifi + "?asOf=2026-09-21"))
                .andExpect(jsonPath("$.deadline").value("2026-09-30"));
        mvc.perform(get("canbo.anhai", "/api/v1/tasks/" + wifi + "?asOf=2026-11-20"))
                .andExpect(jsonPath("$.deadline").value("2026-12-15"))
                .andExpect(jsonPath("$.originalDeadline").value("2026-09-30"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        // evidence kept as a file, with its checksum
        long training = single("select t.id from task t where " + demo + " and t.code = '2.13'"
                + " and t.ward_id = (select id from ward where code = 'an-hai')");
        String history = mvc.perform(get("canbo.anhai", "/api/v1/tasks/" + training + "/history"))
                .andExpect(jsonPath("$[*].kind").value(contains("CREATED", "COMPLETED")))
                .andReturn().getResponse().getContentAsString();
        Integer file = com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(history,
                "$[?(@.kind == 'COMPLETED')].attachmentId").getFirst();
        byte[] content = mvc.perform(get("canbo.anhai", "/api/v1/attachments/" + file))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8)).startsWith("Biên bản Hội nghị tập huấn");
        assertThat(single("select count(*) from attachment where id = " + file + " and sha256 = '"
                + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content))
                + "'")).isOne();
    }

    @Test
    void eachDemoWardReportsItsIndicatorsForEighteenMonths() throws Exception {
        // the catalogue adopted, its lead units found in the ward by name
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/indicator-catalogue"))
                .andExpect(jsonPath("$.length()").value(30))
                .andExpect(jsonPath("$[?(@.leadUnit == 'cong-an')].code").value(containsInAnyOrder("CKS", "DDDT",
                        "DDDT-TK", "DDDT-TL", "DS-TCDVS", "DS-TT", "CAM-TDP")))
                .andExpect(jsonPath("$[?(@.leadUnit == 'van-hoa-xa-hoi')].code").value(containsInAnyOrder("CB-DT",
                        "CB-KNS", "DN-CNS", "TCN", "CB-BD-TL", "CB-BD", "TH-LUOT", "TCN-SO", "TCN-TV", "TCN-HT", "TDP-SO")))
                // the office's name in the catalogue ends in "phường"; the ward's does not
                .andExpect(jsonPath("$[?(@.leadUnit == 'vp-hdnd-ubnd')].code").value(containsInAnyOrder("NV-HT",
                        "CTS-CQ", "CTS-CN", "NS-GN")))
                .andExpect(jsonPath("$[?(@.leadUnit == 'pvhcc')].code").value(containsInAnyOrder("DVC-TT", "HS-DH",
                        "HS-TT")))
                .andExpect(jsonPath("$[?(@.byPace == true)].code").value(containsInAnyOrder("CKS", "DDDT")));
        // per ward: 18 months × 6 (DDDT, CKS, DDDT-TK, TCN, CKS-CC, CKS-CN), 6 quarters × 2, 7 of a year;
        // one correction each
        for (String ward : new String[] {"an-hai", "trung-thanh"}) {
            assertThat(single("select count(*) from indicator_value v join ward w on w.id = v.ward_id"
                    + " where w.code = '" + ward + "'")).isEqualTo(127);
            assertThat(single("select count(*) from indicator_value_history h join ward w on w.id = h.ward_id"
                    + " where w.code = '" + ward + "'")).isEqualTo(128);
            assertThat(single("select count(*) from report_form f join ward w on w.id = f.ward_id"
                    + " where w.code = '" + ward + "'")).isEqualTo(45);
        }
        assertThat(jdbc.sql("select f.status, count(*) from report_form f join ward w on w.id = f.ward_id"
                        + " where w.code = 'trung-thanh' group by f.status")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactlyInAnyOrder("APPROVED=41", "SUBMITTED=1", "RETURNED=1", "DRAFT=2");
        // October 2026 in an-hai: e-ID 88,1 % ahead of the pace to 95 % in 2035; accounts / adults × 100
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/indicators?period=2026-10"))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].value").value(contains(88.1)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].status").value(contains("GREEN")))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].target").value(contains(95.0)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].targetYear").value(contains(2035)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].projection.reaches").value(contains(true)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT-TK')].value").value(contains(81594.0)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT-TL')].value").value(contains(90.70)))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].status").value(contains("GREEN")))
                .andExpect(jsonPath("$[?(@.code == 'TCN')].value").value(contains(247.0)));
        // digital citizens of October 2026: 89.960 adults × 14,2 % = 12.774 signatures, 60 % public;
        // 81.594 × 100 / 89.960 = 90,70 %; 12.774 × 100 / 89.960 = 14,1996 → 14,20 %
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/digital-citizens?year=2026"))
                .andExpect(jsonPath("$[9].period").value("2026-10"))
                .andExpect(jsonPath("$[9].publicSignatures").value(7664.0))
                .andExpect(jsonPath("$[9].personalSignatures").value(5110.0))
                .andExpect(jsonPath("$[9].eidShare").value(90.70))
                .andExpect(jsonPath("$[9].signatureShare").value(14.20));
        // trung-thanh's digital signatures: 4,3 % where the pace asks 5,00 (less than 4,50 is red)
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/indicators?period=2026-10"))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].value").value(contains(4.3)))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].status").value(contains("RED")))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].status").value(contains("GREEN")))
                .andExpect(jsonPath("$[?(@.code == 'DDDT-TK')].value").value(contains(13425.0)));
    }

    @Test
    void everyRedValueOfTheDemoIsExplained() throws Exception {
        List<String> periods = new ArrayList<>();
        for (var month = YearMonth.of(2025, 5); !month.isAfter(YearMonth.of(2026, 10)); month = month.plusMonths(1)) {
            periods.add(month.toString());
        }
        periods.addAll(List.of("2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2025"));
        for (String ward : new String[] {"an-hai", "trung-thanh"}) {
            String user = ward.equals("an-hai") ? "canbo.anhai" : "canbo.trungthanh";
            Set<String> red = new TreeSet<>();
            for (String period : periods) {
                String body = mvc.perform(get(user, "/api/v1/wards/" + ward + "/indicators?period=" + period))
                        .andReturn().getResponse().getContentAsString();
                List<Map<String, Object>> views = JsonPath.read(body, "$[?(@.status == 'RED')]");
                views.forEach(v -> red.add(v.get("code") + "/" + v.get("period")));
            }
            Set<String> explained = new TreeSet<>(jdbc.sql("select i.code || '/' || v.period from indicator_value v"
                    + " join indicator i on i.id = v.indicator_id join ward w on w.id = v.ward_id"
                    + " where w.code = ? and v.explanation is not null").param(ward).query(String.class).list());
            // red among the values entered: the computed ones (dossiers, tasks, registers) explain nothing
            red.removeIf(r -> r.startsWith("HS-") || r.startsWith("NV-HT") || r.startsWith("DVC-TT")
                    || r.startsWith("CB-BD-TL/") || r.startsWith("CAM-TDP/") || r.startsWith("NS-GN/"));
            assertThat(red).isEqualTo(explained);
            if (ward.equals("an-hai")) {
                assertThat(red).containsExactly("CB-LCKNS/2025", "CSDL-SH/2025", "DN-CNS/2025", "DS-SDDVS/2025",
                        "DS-TCDVS/2025");
            } else {
                assertThat(red).containsExactly("CB-KNS/2025Q2", "CB-KNS/2025Q3", "CB-LCKNS/2025", "CKS/2026-07",
                        "CKS/2026-08", "CKS/2026-09", "CKS/2026-10", "CSDL-SH/2025", "DN-CNS/2025", "DS-SDDVS/2025",
                        "DS-TCDVS/2025");
            }
        }
    }

    @Test
    void exactlyOneRuleIsBrokenAndItsFormCannotBeApproved() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String ward : new String[] {"an-hai", "trung-thanh"}) {
            String user = ward.equals("an-hai") ? "canbo.anhai" : "canbo.trungthanh";
            for (var month = YearMonth.of(2025, 5); !month.isAfter(YearMonth.of(2026, 10));
                 month = month.plusMonths(1)) {
                String body = mvc.perform(get(user, "/api/v1/wards/" + ward + "/validation-violations?period=" + month))
                        .andReturn().getResponse().getContentAsString();
                for (String rule : JsonPath.<List<String>>read(body, "$[*].rule")) {
                    broken.add(ward + "/" + month + "/" + rule);
                }
            }
        }
        assertThat(broken).containsExactly("trung-thanh/2026-09/TCN-TDP");
        // 94 community digital teams typed for 49 residential groups
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/validation-violations?period=2026-09"))
                .andExpect(jsonPath("$[0].importance").value("HIGH"))
                .andExpect(jsonPath("$[0].leftValue").value(94.0))
                .andExpect(jsonPath("$[0].rightValue").value(49));
        mvc.perform(get("lanhdao.trungthanh", "/api/v1/wards/trung-thanh/forms/van-hoa-xa-hoi/2026-09"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.warnings[*].rule").value(contains("TCN-TDP")));
        mvc.perform(post("lanhdao.trungthanh", "/api/v1/wards/trung-thanh/forms/van-hoa-xa-hoi/2026-09/approve", ""))
                .andExpect(status().isConflict());
    }

    @Test
    void formsWereMostlyApprovedOnTimeAndTrungThanhOwesItsLatest() throws Exception {
        // January (Tết) late at cong-an in both wards; trung-thanh's van-hoa-xa-hoi also January and 2026Q1
        // (expected, submitted, on time, approved)
        completeness("canbo.anhai", "an-hai", "2026S1", "cong-an", 6, 6, 5, 6);
        completeness("canbo.anhai", "an-hai", "2026S1", "van-hoa-xa-hoi", 8, 8, 8, 8);
        completeness("canbo.trungthanh", "trung-thanh", "2026S1", "cong-an", 6, 6, 5, 6);
        completeness("canbo.trungthanh", "trung-thanh", "2026S1", "van-hoa-xa-hoi", 8, 8, 6, 8);
        // 2026Q3: September's teams form waits (the broken rule), the quarter's was sent on 19/10
        completeness("canbo.trungthanh", "trung-thanh", "2026Q3", "cong-an", 3, 3, 3, 3);
        completeness("canbo.trungthanh", "trung-thanh", "2026Q3", "van-hoa-xa-hoi", 4, 4, 3, 3);
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/form-completeness?period=2026Q3"))
                .andExpect(jsonPath("$[*].unit").value(contains("cong-an", "van-hoa-xa-hoi")));
        // October at trung-thanh's police: returned by the leader, corrected, not sent again, overdue since 15/11
        mvc.perform(get("congan.trungthanh", "/api/v1/wards/trung-thanh/forms/cong-an/2026-10"))
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.history[*].kind").value(contains("SUBMITTED", "RETURNED")))
                .andExpect(jsonPath("$.history[1].actor").value("lanhdao.trungthanh"))
                .andExpect(jsonPath("$.lines[?(@.code == 'CKS')].status").value(contains("RED")))
                .andExpect(jsonPath("$.lines[?(@.code == 'CKS')].explanation").value(contains(
                        startsWith("Chưa đạt lộ trình"))));
        mvc.perform(get("vhxh.trungthanh", "/api/v1/wards/trung-thanh/forms/van-hoa-xa-hoi/2026-10"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.overdue").value(true));
        // an-hai's November 2025: the leader returned an account count that jumped, the officer corrected it
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/indicator-values/DDDT-TK/2025-11/history"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].oldValue").doesNotExist())
                .andExpect(jsonPath("$[0].newValue").value(79054.0))
                .andExpect(jsonPath("$[0].actor").value("congan.anhai"))
                .andExpect(jsonPath("$[1].oldValue").value(79054.0))
                .andExpect(jsonPath("$[1].newValue").value(70954.0));
        mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/forms/cong-an/2025-11"))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.history[*].kind").value(contains("SUBMITTED", "RETURNED", "SUBMITTED",
                        "APPROVED")))
                .andExpect(jsonPath("$.history[3].actor").value("lanhdao.anhai"));
    }

    private void completeness(String user, String ward, String period, String unit, int expected, int submitted,
                              int onTime, int approved) throws Exception {
        String of = "$[?(@.unit == '" + unit + "')].";
        mvc.perform(get(user, "/api/v1/wards/" + ward + "/form-completeness?period=" + period))
                .andExpect(jsonPath(of + "expected").value(contains(expected)))
                .andExpect(jsonPath(of + "submitted").value(contains(submitted)))
                .andExpect(jsonPath(of + "onTime").value(contains(onTime)))
                .andExpect(jsonPath(of + "approved").value(contains(approved)));
    }

    @Test
    void theGeneratorWritesTheSameExportForTheSameSeed() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new DossierExportGenerator(7).writeCsv(a, "T", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 500,
                DossierExportGenerator.Layout.CANONICAL);
        new DossierExportGenerator(7).writeCsv(b, "T", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 500,
                DossierExportGenerator.Layout.CANONICAL);
        assertThat(a.toString()).isEqualTo(b.toString()).contains("T-000500");
    }

    private ResultActions stats(String user, String ward, String asOf, String more) throws Exception {
        return mvc.perform(get(user, "/api/v1/wards/" + ward + "/task-stats?asOf=" + asOf + more));
    }

    private long directive(String ward, String number) {
        return jdbc.sql("select d.id from directive d join ward w on w.id = d.ward_id where w.code = ? and d.number = ?")
                .params(ward, number).query(Long.class).single();
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long count(String ward) {
        // only the demo's own dossiers: other tests of the shared context import into these wards too
        return jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = ? and d.code like ?")
                .params(ward, ward.toUpperCase() + "-%").query(Long.class).single();
    }
}
