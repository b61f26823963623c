package vn.ward57.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Bad input is refused with a Vietnamese message naming the field, and nothing is written. The
 * ward of its own: Xuân and Yến in post at vp since 01/7/2025, Zung at vh from 01/4/2026; the
 * staffing of 2026 says 3 filled (none for 2025).
 */
@Ward57Test
class TrainingInputTest {

    static final String WARD = "th-kiem-tra";
    static final String EVENTS = "/api/v1/wards/" + WARD + "/training-events";
    static final String OFFICER = "canbo." + WARD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long xuan;
    long yen;
    long zung;
    long event;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() == 0) {
            PeopleWard.ensure(mvc, jdbc, WARD);
            PeopleWard.staff(mvc, WARD, "Đỗ Văn Xuân", "vp", "2025-07-01", null);
            PeopleWard.staff(mvc, WARD, "Ngô Thị Yến", "vp", "2025-07-01", null);
            PeopleWard.staff(mvc, WARD, "Bùi Văn Zung", "vh", "2026-04-01", null);
            mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/staffing/2026/vp", "{\"allotted\":3,\"filled\":3}"))
                    .andExpect(status().isOk());
            long id = PeopleWard.event(mvc, WARD, "2026-03-01", "DIGITAL_SKILLS", "\"RESIDENTS\":10", 0);
            PeopleWard.attend(mvc, WARD, id, staffId("Đỗ Văn Xuân"), staffId("Ngô Thị Yến"));
        }
        xuan = staffId("Đỗ Văn Xuân");
        yen = staffId("Ngô Thị Yến");
        zung = staffId("Bùi Văn Zung");
        // the first event of the ward (a test adds another)
        event = jdbc.sql("select min(e.id) from training_event e join ward w on w.id = e.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single();
    }

    @Test
    void aStaffCountOverTheStaffInPostIsRefused() throws Exception {
        String before = snapshot();
        // 01/3/2026: 2 on the list, 3 in the staffing of 2026 → 3 is the most that could have attended
        create("2026-03-01", "\"STAFF\":4")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.detail").value("Số cán bộ, công chức phường tham gia (4) nhiều hơn số cán bộ, "
                        + "công chức đang công tác tại phường ngày 01/3/2026 (3 người); hãy kiểm tra lại số liệu."));
        // 01/10/2025: no staffing for 2025, 2 on the list
        create("2025-10-01", "\"STAFF\":3,\"RESIDENTS\":20")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Số cán bộ, công chức phường tham gia (3) nhiều hơn số cán bộ, "
                        + "công chức đang công tác tại phường ngày 01/10/2025 (2 người); hãy kiểm tra lại số liệu."));
        assertThat(snapshot()).isEqualTo(before);
        // the staffing's 3 stands for the staff not yet on the list
        create("2026-03-02", "\"STAFF\":3").andExpect(status().isCreated())
                .andExpect(jsonPath("$.participants.STAFF").value(3));
    }

    @Test
    void attendanceOfAnotherWardsStaffOrOfSomeoneNotInPostIsRefused() throws Exception {
        long foreign = jdbc.sql("select s.id from staff_member s join ward w on w.id = s.ward_id where w.code = 'an-hai' "
                + "order by s.id limit 1").query(Long.class).single();
        String before = snapshot();
        attendance(xuan, foreign)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffMemberIds"))
                .andExpect(jsonPath("$.detail").value("Không có cán bộ số " + foreign
                        + " trong danh sách cán bộ, công chức của phường."));
        attendance(xuan, zung)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("„Bùi Văn Zung“ không công tác tại phường ngày 01/3/2026, "
                        + "nên không thể có tên trong danh sách tham dự."));
        assertThat(snapshot()).isEqualTo(before);
        // the event's day cannot move before an attendee was in post either
        mvc.perform(put(OFFICER, EVENTS + "/" + event, body("2025-06-15", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.detail").value("„Đỗ Văn Xuân“ không công tác tại phường ngày 15/6/2025, "
                        + "nên không thể có tên trong danh sách tham dự."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void negativeParticipantsOrCertificatesAreRefused() throws Exception {
        String before = snapshot();
        create("2026-03-05", "\"RESIDENTS\":-5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.detail").value(
                        "Số người tham gia của nhóm „Người dân“ phải là số nguyên không âm; đã ghi -5."));
        mvc.perform(post(OFFICER, EVENTS, body("2026-03-05", "\"PUPILS\":30").replace("\"certificatesIssued\":0",
                        "\"certificatesIssued\":31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("certificatesIssued"))
                .andExpect(jsonPath("$.detail").value("Số giấy chứng nhận (31) nhiều hơn tổng số người tham gia (30)."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWrongDateIsRefused() throws Exception {
        String before = snapshot();
        var future = WardTime.today().plusDays(10);
        create(future.toString(), "\"RESIDENTS\":5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.detail").value("Ngày tổ chức " + future.format(DateTimeFormatter.ofPattern("dd/M/uuuu"))
                        + " chưa đến; sổ chỉ ghi những buổi đã tổ chức."));
        create("2026-02-31", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu."));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/staff-members", """
                        {"fullName":"Lý Văn Sai","unit":"vp","inPostFrom":"2026-05-01","inPostTo":"2026-01-01"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inPostTo"))
                .andExpect(jsonPath("$.detail").value(
                        "Ngày thôi công tác (01/01/2026) phải sau ngày bắt đầu công tác (01/5/2026)."));
        // Xuân attended the event of 01/3/2026: their time in post cannot end before it
        mvc.perform(put(OFFICER, "/api/v1/wards/" + WARD + "/staff-members/" + xuan, """
                        {"fullName":"Đỗ Văn Xuân","unit":"vp","inPostFrom":"2025-07-01","inPostTo":"2026-02-01"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inPostTo"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Người này có tên trong danh sách tham dự „"),
                        org.hamcrest.Matchers.endsWith("“ ngày 01/3/2026, nên thời gian công tác phải gồm ngày đó."))));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aStaffCountOtherThanTheAttendanceListIsRefusedAndNoneKeepsIt() throws Exception {
        String before = snapshot();
        mvc.perform(put(OFFICER, EVENTS + "/" + event, body("2026-03-01", "\"STAFF\":5,\"RESIDENTS\":10")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.detail").value("Buổi này đã có danh sách 2 cán bộ, công chức tham dự, nên số cán bộ, "
                        + "công chức tham gia là 2, không phải 5; hãy sửa danh sách tham dự."));
        assertThat(snapshot()).isEqualTo(before);
        // a form without a staff count keeps the list's
        mvc.perform(put(OFFICER, EVENTS + "/" + event, body("2026-03-01", "\"RESIDENTS\":10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants.STAFF").value(2))
                .andExpect(jsonPath("$.attendeeIds.length()").value(2));
    }

    @Test
    void anotherWardsUserWritesNothing() throws Exception {
        String before = snapshot();
        create("2026-03-01", "\"RESIDENTS\":1", "canbo.anhai").andExpect(status().isForbidden());
        mvc.perform(put("canbo.anhai", EVENTS + "/" + event + "/attendance", "{\"staffMemberIds\":[]}"))
                .andExpect(status().isForbidden());
        assertThat(snapshot()).isEqualTo(before);
    }

    private ResultActions create(String heldOn, String participants) throws Exception {
        return create(heldOn, participants, OFFICER);
    }

    private ResultActions create(String heldOn, String participants, String user) throws Exception {
        return mvc.perform(post(user, EVENTS, body(heldOn, participants)));
    }

    private static String body(String heldOn, String participants) {
        return """
                {"heldOn":"%s","title":"Tập huấn kỹ năng số","format":"IN_PERSON","programme":"DIGITAL_SKILLS",
                 "certificatesIssued":0,"participants":{%s}}
                """.formatted(heldOn, participants);
    }

    private ResultActions attendance(long... ids) throws Exception {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append(id);
        }
        return mvc.perform(put(OFFICER, EVENTS + "/" + event + "/attendance", "{\"staffMemberIds\":[" + list + "]}"));
    }

    private long staffId(String name) {
        return jdbc.sql("select id from staff_member where full_name = ?").param(name).query(Long.class).single();
    }

    /** Everything the people tables hold for the ward, to compare before and after a refusal. */
    private String snapshot() {
        return jdbc.sql("""
                select concat_ws(' | ',
                  (select string_agg(concat_ws(',', id, held_on, title, certificates_issued), ';' order by id)
                     from training_event where ward_id = w.id),
                  (select string_agg(concat_ws(',', training_event_id, target_group, participants), ';'
                                     order by training_event_id, target_group) from training_participants where ward_id = w.id),
                  (select string_agg(concat_ws(',', training_event_id, staff_member_id), ';'
                                     order by training_event_id, staff_member_id) from training_attendance where ward_id = w.id),
                  (select string_agg(concat_ws(',', id, full_name, in_post_from, in_post_to), ';' order by id)
                     from staff_member where ward_id = w.id))
                from ward w where w.code = ?
                """).param(WARD).query(String.class).single();
    }
}
