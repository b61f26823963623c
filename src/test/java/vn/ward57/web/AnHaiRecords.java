package vn.ward57.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;

/**
 * What the demo data of an-hai lacks for some routes (files of its records, a report, imports, a column mapping,
 * a procedure), made by its own leader through the API before the walk and deleted after it, so that the other
 * tests find an-hai's figures as the demo made them. The imports are made to fail: they write nothing.
 */
final class AnHaiRecords {

    private static final String LEADER = "lanhdao.anhai";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    /** "table id" of each row made, deleted in this order afterwards. */
    private final List<String[]> made = new ArrayList<>();

    AnHaiRecords(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    void make() throws Exception {
        String directive = first("directive");
        String taskImport = String.valueOf(JsonPath.<Object>read(
                upload("/api/v1/directives/" + directive + "/task-imports", "code,title\n,\n"), "$.id"));
        awaitEnd("/api/v1/task-imports/" + taskImport);
        made("task_import", taskImport);
        // the import keeps its file among the directive's
        jdbc.sql("select attachment_id from task_import where id = :id").param("id", Long.valueOf(taskImport))
                .query(Long.class).optional().ifPresent(file -> made("attachment", file));
        upload("/api/v1/directives/" + directive + "/files", "%PDF-1.4");
        made("attachment", last("attachment"));
        var asset = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/an-hai/asset-imports")
                .file(file("Loại thiết bị,Tên thiết bị,Số lượng\nKhông có loại này,Máy,1\n"))
                .with(httpBasic(LEADER, Api.PASSWORD))).andReturn().getResponse().getHeader("Location");
        Api.awaitImport(mvc, asset);
        made("register_import", asset.substring(asset.lastIndexOf('/') + 1));
        String ward = "/api/v1/wards/an-hai";
        upload(ward + "/breakthroughs/" + first("breakthrough") + "/files", "%PDF-1.4");
        made("breakthrough_file", last("breakthrough_file"));
        upload(ward + "/feedback/" + first("feedback_item") + "/attachments", "%PDF-1.4");
        made("feedback_attachment", last("feedback_attachment"));
        upload(ward + "/initiatives/" + first("initiative") + "/files", "%PDF-1.4");
        made("initiative_file", last("initiative_file"));
        upload(ward + "/training-events/" + first("training_event") + "/files", "%PDF-1.4");
        made("training_event_file", last("training_event_file"));
        String report = send(Api.post(LEADER, ward + "/reports",
                "{\"kind\":\"MONTHLY\",\"from\":\"2026-05-01\",\"to\":\"2026-05-31\"}"));
        Object reportId = JsonPath.read(report, "$.id");
        send(Api.put(LEADER, "/api/v1/reports/" + reportId + "/sections/m5", "{\"html\":\"<p>Kiểm tra quyền</p>\"}"));
        made("report_section", reportId);
        made("report", reportId);
        send(Api.put(LEADER, ward + "/import-profiles/kiem-tra-quyen",
                "{\"name\":\"kiem-tra-quyen\",\"columns\":{\"dossier_code\":\"Số hồ sơ\"}}"));
        made("import_profile", jdbc.sql("select id from import_profile where name = 'kiem-tra-quyen'")
                .query(Long.class).single());
        send(Api.put(LEADER, ward + "/procedures/9.999999", """
                {"code":"9.999999","name":"Thủ tục kiểm tra quyền","field":"Hộ tịch","level":"WARD","onlineLevel":"NONE"}
                """));
        made("procedure", jdbc.sql("select id from procedure where code = '9.999999'").query(Long.class).single());
        var checked = new MockMultipartFile("file", "bao-cao.txt", "text/plain",
                "Toàn phường tiếp nhận 12 hồ sơ (5 trực tuyến và 6 trực tiếp).".getBytes(StandardCharsets.UTF_8));
        made("ward_report_check", JsonPath.<Object>read(send(MockMvcRequestBuilders.multipart("/api/v1/report-checks")
                .file(checked).with(httpBasic(LEADER, Api.PASSWORD))), "$.id"));
        made("province_report_check", JsonPath.<Object>read(send(MockMvcRequestBuilders.multipart("/api/v1/report-checks")
                .file(checked).param("provinceCode", "da-nang").with(httpBasic("admin", Api.PASSWORD))), "$.id"));
    }

    void delete() {
        for (String[] row : made) {
            String key = row[0].equals("report_section") ? "report_id" : "id";
            jdbc.sql("delete from " + row[0] + " where " + key + " = :id").param("id", Long.valueOf(row[1])).update();
        }
    }

    private String first(String table) {
        return jdbc.sql("select min(t.id)::text from " + table + " t join ward w on w.id = t.ward_id where w.code = 'an-hai'")
                .query(String.class).single();
    }

    /** The row an upload just made (an upload answers the file, or the record's files). */
    private String last(String table) {
        return jdbc.sql("select max(t.id)::text from " + table + " t join ward w on w.id = t.ward_id where w.code = 'an-hai'")
                .query(String.class).single();
    }

    private void made(String table, Object id) {
        made.add(new String[] {table, String.valueOf(id)});
    }

    private static MockMultipartFile file(String content) {
        return new MockMultipartFile("file", content.startsWith("%PDF") ? "tep.pdf" : "tep.csv",
                content.startsWith("%PDF") ? "application/pdf" : "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private String upload(String path, String content) throws Exception {
        return send(MockMvcRequestBuilders.multipart(path).file(file(content)).with(httpBasic(LEADER, Api.PASSWORD)));
    }

    private String send(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getStatus() >= 300) {
            throw new AssertionError("an-hai's leader could not make what the walk needs: " + response.getStatus() + " "
                    + body);
        }
        return body;
    }

    private void awaitEnd(String path) throws Exception {
        for (int i = 0; i < 300; i++) {
            String status = JsonPath.read(send(Api.get(LEADER, path)), "$.status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not end in 30 s");
    }
}
