package vn.ward57.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.people.domain.StaffTable;
import vn.ward57.people.domain.TrainingTable;

/** The registers' files: a file with broken rows lists every faulty cell and writes nothing; an export imports back. */
@Ward57Test
class PeopleImportTest {

    static final String WARD = "th-nhap-tep";
    static final String STAFF_HEADER = "Họ và tên,Đơn vị,Chức vụ,Ngày bắt đầu công tác,Ngày thôi công tác,Ghi chú\n";
    static final String TRAINING_HEADER = "Ngày tổ chức,\"Tên buổi tập huấn, bồi dưỡng\",Đơn vị tổ chức,Hình thức,"
            + "Chương trình,\"Số cán bộ, công chức phường tham gia\",Số thành viên Tổ công nghệ số cộng đồng tham gia,"
            + "Số người dân tham gia,Số học sinh tham gia,Số giấy chứng nhận đã cấp,Ghi chú\n";
    static final String GOOD_STAFF = STAFF_HEADER
            + "Nguyễn Văn Một,vp,Chuyên viên,01/07/2025,,\n"
            + "Lê Thị Hai,Phòng Văn hóa - Xã hội,Phó Trưởng phòng,2025-07-01,,\n"
            + "Trần Thị Ba,phong van hoa - xa hoi,,01/05/2026,,Tiếp nhận\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        PeopleWard.ensure(mvc, jdbc, WARD);
    }

    @Test
    void filesWithBrokenRowsListEveryFaultyCellAndWriteNothingThenAGoodFileIsImported() throws Exception {
        String staff = STAFF_HEADER
                + "Nguyễn Văn Một,vp,Chuyên viên,01/07/2025,,\n"
                + ",Phòng Tư pháp,Chuyên viên,31/02/2026,,\n"
                + "Trần Thị Ba,Phòng Văn hóa - Xã hội,,01/05/2026,01/01/2026,\n";
        upload(WARD, "staff-member-imports", "can-bo.csv", staff)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.kind").value("staff"))
                .andExpect(jsonPath("$.errorTotal").value(4))
                .andExpect(jsonPath("$.rowsImported").value(0))
                .andExpect(jsonPath("$.message").value(
                        "Tệp có 2 dòng lỗi (4 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại."))
                .andExpect(jsonPath("$.errors[*].row").value(contains(3, 3, 3, 4)))
                .andExpect(jsonPath("$.errors[*].column").value(contains("Họ và tên", "Đơn vị", "Ngày bắt đầu công tác",
                        "Ngày thôi công tác")))
                .andExpect(jsonPath("$.errors[*].value").value(contains("", "Phòng Tư pháp", "31/02/2026", "01/01/2026")))
                .andExpect(jsonPath("$.errors[*].message").value(contains("Ô này không được để trống.",
                        "Phường không có đơn vị „Phòng Tư pháp“; ghi tên hoặc mã đơn vị của phường.",
                        "Không phải ngày hợp lệ; ghi dạng 15/01/2026.",
                        "Ngày thôi công tác (01/01/2026) phải sau ngày bắt đầu công tác (01/5/2026).")));
        assertThat(count("staff_member")).isZero();
        upload(WARD, "staff-member-imports", "can-bo.csv", GOOD_STAFF)
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(3))
                .andExpect(jsonPath("$.message").value("Đã nhập 3 cán bộ, công chức từ tệp."));

        // 15/3/2026 and 20/3/2026: Một and Hai in post (Ba from 1/5), no staffing → at most 2 staff
        String training = TRAINING_HEADER
                + "15/03/2026,Tập huấn kỹ năng số,UBND phường,Trực tiếp,Kỹ năng số,2,,30,,1,\n"
                + "20/03/2026,Tập huấn AI,,Qua Zalo,Trí tuệ nhân tạo (AI),5,-3,,,,\n"
                + "01/01/2099,,,Trực tuyến,Học tập,,,,,,\n"
                + "10/04/2026,Tập huấn an toàn thông tin,,trực tuyến,an toan thong tin,1,,,,5,\n";
        upload(WARD, "training-event-imports", "tap-huan.csv", training)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.kind").value("training"))
                .andExpect(jsonPath("$.errorTotal").value(7))
                .andExpect(jsonPath("$.message").value(
                        "Tệp có 3 dòng lỗi (7 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại."))
                .andExpect(jsonPath("$.errors[*].row").value(contains(3, 3, 3, 4, 4, 4, 5)))
                .andExpect(jsonPath("$.errors[*].column").value(contains("Hình thức",
                        "Số thành viên Tổ công nghệ số cộng đồng tham gia", "Số cán bộ, công chức phường tham gia",
                        "Ngày tổ chức", "Tên buổi tập huấn, bồi dưỡng", "Chương trình", "Số giấy chứng nhận đã cấp")))
                .andExpect(jsonPath("$.errors[*].message").value(contains(
                        "Không có trong danh sách; chọn một trong: Trực tiếp, Trực tuyến, Trực tiếp và trực tuyến.",
                        "Phải là số nguyên không âm.",
                        "Số cán bộ, công chức phường tham gia (5) nhiều hơn số cán bộ, công chức đang công tác tại phường "
                                + "ngày 20/3/2026 (2 người); hãy kiểm tra lại số liệu.",
                        "Ngày tổ chức 01/01/2099 chưa đến; sổ chỉ ghi những buổi đã tổ chức.",
                        "Ô này không được để trống.",
                        "Không có trong danh sách; chọn một trong: Bình dân học vụ số, Kỹ năng số, Trí tuệ nhân tạo (AI), "
                                + "An toàn thông tin, Khác.",
                        "Số giấy chứng nhận (5) nhiều hơn tổng số người tham gia (1).")));
        assertThat(count("training_event")).isZero();
        assertThat(count("training_participants")).isZero();
        String good = TRAINING_HEADER
                + "15/03/2026,Tập huấn kỹ năng số,UBND phường,Trực tiếp,Kỹ năng số,2,,30,,1,\n"
                + "10/04/2026,Tập huấn an toàn thông tin,,trực tuyến,an toan thong tin,1,,,,1,Học trên nền tảng\n";
        upload(WARD, "training-event-imports", "tap-huan.csv", good)
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(2))
                .andExpect(jsonPath("$.message").value("Đã nhập 2 buổi tập huấn từ tệp."));
        mvc.perform(Api.get("canbo." + WARD, "/api/v1/wards/" + WARD + "/training-events"))
                .andExpect(jsonPath("$[*].programme").value(contains("INFORMATION_SECURITY", "DIGITAL_SKILLS")))
                .andExpect(jsonPath("$[*].format").value(contains("ONLINE", "IN_PERSON")))
                .andExpect(jsonPath("$[1].participants.STAFF").value(2))
                .andExpect(jsonPath("$[1].participants.RESIDENTS").value(30))
                .andExpect(jsonPath("$[1].participantsTotal").value(32));
    }

    @Test
    void aFileIsRefusedAtOnceWithoutARightWithoutAFileOrWhenItIsNoTable() throws Exception {
        long queued = jdbc.sql("select count(*) from register_import").query(Long.class).single();
        upload(WARD, "training-event-imports", "tap-huan.pdf", GOOD_STAFF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Tệp „tap-huan.pdf“ không phải CSV hay XLSX; hãy lưu tệp dạng .csv (UTF-8) hoặc .xlsx."));
        for (String route : new String[] {"staff-member-imports", "training-event-imports"}) {
            mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + WARD + "/" + route)
                            .with(httpBasic("canbo." + WARD, Api.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Hãy chọn tệp CSV hoặc XLSX để nhập."));
            // an officer of another ward learns nothing of the file
            Api.importRegister(mvc, "canbo.anhai", "/api/v1/wards/" + WARD + "/" + route, "x.csv",
                    GOOD_STAFF.getBytes(StandardCharsets.UTF_8)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from register_import").query(Long.class).single()).isEqualTo(queued);
    }

    @Test
    void aFileOfManyBatchesIsWrittenWholeEachRowWithItsOwnCountsAndAuditRecord() throws Exception {
        String ward = "th-nhieu-dong";
        PeopleWard.ensure(mvc, jdbc, ward);
        int people = StaffTable.BATCH + 345;
        StringBuilder staff = new StringBuilder(STAFF_HEADER);
        for (int i = 1; i <= people; i++) {
            staff.append("Người số ").append(i).append(i % 2 == 0 ? ",vp" : ",vh").append(",Chuyên viên,01/01/2025,,\n");
        }
        upload(ward, "staff-member-imports", "can-bo.csv", staff.toString())
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(people))
                .andExpect(jsonPath("$.message").value("Đã nhập 1.345 cán bộ, công chức từ tệp."));
        assertThat(count("staff_member", ward)).isEqualTo(people);
        assertThat(audited("staff_member", ward)).isEqualTo(people);
        // each event's counts went to that event: RESIDENTS is the event's number, STAFF 1 on odd ones
        int events = TrainingTable.BATCH + 500;
        StringBuilder training = new StringBuilder(TRAINING_HEADER);
        for (int i = 1; i <= events; i++) {
            training.append(LocalDate.of(2025, 1, 1).plusDays(i % 365)).append(",Buổi ").append(i)
                    .append(",,Trực tiếp,Kỹ năng số,").append(i % 2 == 1 ? "1" : "").append(",,").append(i)
                    .append(",,,\n");
        }
        upload(ward, "training-event-imports", "tap-huan.csv", training.toString())
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(events));
        assertThat(count("training_event", ward)).isEqualTo(events);
        assertThat(jdbc.sql("""
                select count(*) from training_event e join ward w on w.id = e.ward_id
                join training_participants p on p.training_event_id = e.id and p.ward_id = e.ward_id
                where w.code = ? and p.target_group = 'RESIDENTS'
                  and p.participants = cast(substring(e.title from 6) as integer)
                """).param(ward).query(Long.class).single()).isEqualTo(events);
        assertThat(jdbc.sql("""
                select count(*) from training_event e join ward w on w.id = e.ward_id
                join training_participants p on p.training_event_id = e.id
                where w.code = ? and p.target_group = 'STAFF' and p.participants = 1
                  and cast(substring(e.title from 6) as integer) % 2 = 1
                """).param(ward).query(Long.class).single()).isEqualTo((events + 1) / 2);
        assertThat(count("training_participants", ward)).isEqualTo(events + (events + 1) / 2);
        assertThat(audited("training_event", ward)).isEqualTo(events);
        assertThat(jdbc.sql("""
                select count(*) from audit_log a join ward w on w.id = a.ward_id
                where w.code = ? and a.entity = 'training_event' and a.after ->> 'title' = 'Buổi 1234'
                  and (a.after -> 'participants' ->> 'RESIDENTS')::int = 1234
                """).param(ward).query(Long.class).single()).isOne();
    }

    /** The staff in post on each day of a file is counted as the staff list says (in post up to the day before leaving). */
    @Test
    void theStaffCountOfEachDayIsCheckedAgainstThoseInPostThatDay() throws Exception {
        String ward = "th-gioi-han";
        PeopleWard.ensure(mvc, jdbc, ward);
        upload(ward, "staff-member-imports", "can-bo.csv", STAFF_HEADER
                + "Người Một,vp,,01/01/2026,01/03/2026,\n"
                + "Người Hai,vh,,15/02/2026,,\n")
                .andExpect(jsonPath("$.rowsImported").value(2));
        String training = TRAINING_HEADER
                + "14/02/2026,Trước khi Hai đến,,Trực tiếp,Kỹ năng số,2,,,,,\n"
                + "15/02/2026,Hai đến,,Trực tiếp,Kỹ năng số,2,,,,,\n"
                + "28/02/2026,Hai người,,Trực tiếp,Kỹ năng số,2,,,,,\n"
                + "01/03/2026,Một đã nghỉ,,Trực tiếp,Kỹ năng số,2,,,,,\n"
                + "02/03/2026,Một người,,Trực tiếp,Kỹ năng số,1,,,,,\n";
        upload(ward, "training-event-imports", "tap-huan.csv", training)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[*].row").value(contains(2, 5)))
                .andExpect(jsonPath("$.errors[*].message").value(contains(
                        "Số cán bộ, công chức phường tham gia (2) nhiều hơn số cán bộ, công chức đang công tác tại phường "
                                + "ngày 14/02/2026 (1 người); hãy kiểm tra lại số liệu.",
                        "Số cán bộ, công chức phường tham gia (2) nhiều hơn số cán bộ, công chức đang công tác tại phường "
                                + "ngày 01/3/2026 (1 người); hãy kiểm tra lại số liệu.")));
        assertThat(count("training_event", ward)).isZero();
    }

    @Test
    void anExportImportsBackIntoAnotherWardAsCsvAndAsXlsx() throws Exception {
        PeopleWard.ensure(mvc, jdbc, "th-xuat");
        PeopleWard.ensure(mvc, jdbc, "th-nhap-csv");
        PeopleWard.ensure(mvc, jdbc, "th-nhap-xlsx");
        upload("th-xuat", "staff-member-imports", "can-bo.csv", GOOD_STAFF
                + "\"=Phạm, Văn Bốn\",vh,Chuyên viên,01/07/2025,01/03/2026,\"Chuyển công tác; ghi chú \"\"dài\"\"\"\n")
                .andExpect(jsonPath("$.status").value("SUCCEEDED"));
        PeopleWard.event(mvc, "th-xuat", "2026-03-15", "DIGITAL_LITERACY", "\"STAFF\":2,\"PUPILS\":120", 20);
        PeopleWard.event(mvc, "th-xuat", "2025-12-01", "OTHER", "\"RESIDENTS\":0", 0);
        String staff = export("th-xuat", "staff-members", "csv");
        String training = export("th-xuat", "training-events", "csv");
        assertThat(staff).contains("'=Phạm, Văn Bốn", "01/3/2026");
        assertThat(training).contains("Bình dân học vụ số", "15/3/2026");
        upload("th-nhap-csv", "staff-member-imports", "can-bo.csv", staff).andExpect(jsonPath("$.rowsImported").value(4));
        upload("th-nhap-csv", "training-event-imports", "tap-huan.csv", training)
                .andExpect(jsonPath("$.rowsImported").value(2));
        uploadBytes("th-nhap-xlsx", "staff-member-imports", "can-bo.xlsx", exportBytes("th-xuat", "staff-members", "xlsx"))
                .andExpect(jsonPath("$.rowsImported").value(4));
        uploadBytes("th-nhap-xlsx", "training-event-imports", "tap-huan.xlsx",
                exportBytes("th-xuat", "training-events", "xlsx")).andExpect(jsonPath("$.rowsImported").value(2));
        // the same files again (common.table takes off the apostrophe that neutralised "=Phạm", so the
        // name is stored as it was typed and exported neutralised again)
        for (String ward : new String[] {"th-nhap-csv", "th-nhap-xlsx"}) {
            assertThat(export(ward, "staff-members", "csv")).isEqualTo(staff);
            assertThat(export(ward, "training-events", "csv")).isEqualTo(training);
            assertThat(jdbc.sql("select count(*) from staff_member s join ward w on w.id = s.ward_id"
                    + " where w.code = ? and s.full_name = '=Phạm, Văn Bốn'").param(ward).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private ResultActions upload(String ward, String route, String name, String csv) throws Exception {
        return uploadBytes(ward, route, name, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the file and follows its import to the end (the import runs in the background since issue 21). */
    private ResultActions uploadBytes(String ward, String route, String name, byte[] content) throws Exception {
        return Api.importRegister(mvc, "canbo." + ward, "/api/v1/wards/" + ward + "/" + route, name, content);
    }

    private String export(String ward, String register, String format) throws Exception {
        return new String(exportBytes(ward, register, format), StandardCharsets.UTF_8);
    }

    private byte[] exportBytes(String ward, String register, String format) throws Exception {
        return mvc.perform(Api.get("canbo." + ward, "/api/v1/wards/" + ward + "/" + register + "/export?format=" + format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private long count(String table) {
        return count(table, WARD);
    }

    private long count(String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }

    private long audited(String entity, String ward) {
        return jdbc.sql("select count(*) from audit_log a join ward w on w.id = a.ward_id"
                + " where w.code = ? and a.entity = ? and a.action = 'CREATE'").params(ward, entity)
                .query(Long.class).single();
    }
}
