package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The two registers' files: all or nothing with every faulty cell listed, and an export that imports back. */
@Ward57Test
class BreakthroughImportTest {

    private static final String WARD = "dx-tep";
    private static final String OFFICER = "canbo." + WARD;
    private static final String API = "/api/v1/wards/" + WARD;
    private static final String MODEL_HEADER = "Mã,Tên mô hình,Vấn đề cần giải quyết,Giải pháp thực hiện,"
            + "Kết quả định lượng,Đầu mối liên hệ,Trạng thái,Kinh phí (đồng),Thư điện tử liên hệ,Chỉ tiêu liên quan (mã)\n";
    private static final String RECOMMENDATION_HEADER = "Mã,\"Nội dung đề xuất, kiến nghị\",\"Thẩm quyền xem xét, "
            + "quyết định\",Cơ quan chủ trì xử lý,Cơ quan phối hợp xử lý,Sản phẩm/kết quả đầu ra mong muốn,"
            + "Thời hạn hoàn thành,Nhóm,Trạng thái\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        OwnWard.create(mvc, jdbc, WARD, "Phường Tệp Đột Phá");
    }

    @Test
    void aModelFileWithFaultyRowsIsRefusedWholeWithEveryFaultyCell() throws Exception {
        long before = OwnWard.count(jdbc, "breakthrough", WARD);
        String csv = MODEL_HEADER
                + "MH-A,Mô hình A,Vấn đề A,Giải pháp A,10 tổ,UBND phường,Thí điểm,1.056.000.000,,\n"   // row 2: good
                + "MH-B,,Vấn đề,Giải pháp,Kết quả,UBND,Đang làm,abc,,\n"                             // row 3: 3 faults
                + "MH A,Mô hình,Vấn đề,Giải pháp,Kết quả,UBND,,,khong-phai-thu,HS-TT\n"              // row 4: 3 faults
                + "MH-A,Mô hình A lần hai,Vấn đề,Giải pháp,Kết quả,UBND,,,,\n";                      // row 5: repeated code
        String body = importFile("breakthrough-imports", "mo-hinh.csv", csv)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.rowsImported").value(0))
                .andExpect(jsonPath("$.errorTotal").value(7))
                .andExpect(jsonPath("$.message").value(
                        "Tệp có 3 dòng lỗi (7 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại."))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> ((Number) e.get("row")).longValue(), e -> e.get("column"),
                        e -> e.get("value"), e -> e.get("message"))
                .containsExactlyInAnyOrder(
                        tuple(3L, "Tên mô hình", "", "Ô này không được để trống."),
                        tuple(3L, "Trạng thái", "Đang làm",
                                "Không có trong danh sách; chọn một trong: Thí điểm, Đang triển khai, Đã nhân rộng, "
                                        + "Đã dừng, PILOT, RUNNING, SCALED, STOPPED."),
                        tuple(3L, "Kinh phí (đồng)", "abc",
                                "Số tiền phải là số nguyên đồng, không âm (ví dụ 1.056.000.000)."),
                        tuple(4L, "Mã", "MH A",
                                "Mã „MH A“ chỉ được gồm chữ, số và các dấu . _ - (không có khoảng trắng)."),
                        tuple(4L, "Thư điện tử liên hệ", "khong-phai-thu", "Thư điện tử „khong-phai-thu“ không hợp lệ."),
                        tuple(4L, "Chỉ tiêu liên quan (mã)", "HS-TT",
                                "Phường Tệp Đột Phá không có chỉ tiêu „HS-TT“; chỉ gắn được chỉ tiêu của phường mình."),
                        tuple(5L, "Mã", "MH-A", "Mã „MH-A“ đã có ở một dòng trước trong tệp."));
        assertThat(OwnWard.count(jdbc, "breakthrough", WARD)).isEqualTo(before);
    }

    @Test
    void aGoodModelFileIsWrittenAndItsExportImportsBackUnchanged() throws Exception {
        String csv = MODEL_HEADER
                + "TT-1,Mô hình một,Vấn đề 1,Giải pháp 1,49/49 tổ dân phố,UBND phường,Đã nhân rộng,499.000.000 đồng,"
                + "ubnd@phuong.vn,\n"
                + "TT-2,\"Mô hình hai, có dấu phẩy\",Vấn đề 2,Giải pháp 2,Kết quả 2,Công an phường,RUNNING,,,\n";
        importFile("breakthrough-imports", "tot.csv", csv).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsImported").value(2))
                .andExpect(jsonPath("$.message").value("Đã nhập 2 mô hình từ tệp."));
        String list = mvc.perform(get(OFFICER, API + "/breakthroughs?q=TT-")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("TT-1"))
                .andExpect(jsonPath("$[0].status").value("SCALED"))
                .andExpect(jsonPath("$[0].costVnd").value(499000000))
                .andExpect(jsonPath("$[0].contactEmail").value("ubnd@phuong.vn"))
                .andExpect(jsonPath("$[1].title").value("Mô hình hai, có dấu phẩy"))
                .andExpect(jsonPath("$[1].status").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] file = mvc.perform(get(OFFICER, API + "/breakthroughs." + format + "?q=TT-"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            importFile("breakthrough-imports", "lai." + format, file).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                    .andExpect(jsonPath("$.rowsImported").value(2));
            mvc.perform(get(OFFICER, API + "/breakthroughs?q=TT-"))
                    .andExpect(r -> assertThat(r.getResponse().getContentAsString()).isEqualTo(list));
        }
    }

    @Test
    void anHaisModelsWithTheirLinksImportBackUnchanged() throws Exception {
        String path = "/api/v1/wards/an-hai/breakthroughs";
        String list = mvc.perform(get("canbo.anhai", path)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("DS-SDDVS");
        byte[] file = mvc.perform(get("canbo.anhai", path + ".xlsx")).andReturn().getResponse().getContentAsByteArray();
        Api.importRegister(mvc, "canbo.anhai", path.replace("breakthroughs", "breakthrough-imports"), "an-hai.xlsx",
                        file)
                .andExpect(jsonPath("$.status").value("SUCCEEDED"));
        mvc.perform(get("canbo.anhai", path))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).isEqualTo(list));
    }

    @Test
    void aRecommendationFileIsAllOrNothingAndItsExportImportsBack() throws Exception {
        long before = OwnWard.count(jdbc, "recommendation", WARD);
        String bad = RECOMMENDATION_HEADER
                + "KN-1,Nội dung 1,UBND phường,UBND phường,,Kết quả 1,31/12/2026,\"Cơ quan, địa phương tự xử lý được\",\n" // 2: good
                + "KN-2,Nội dung 2,,Sở Tài chính,,Kết quả 2,31/13/2026,HIGHER,Đã gửi\n"                        // 3: 2 faults
                + "KN-3,Nội dung 3,Sở KH&CN,Sở KH&CN,,Kết quả 3,30/6/2026,Cấp xã,Xong rồi\n";                  // 4: 2 faults
        String body = importFile("recommendation-imports", "kn.csv", bad).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errorTotal").value(4)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> ((Number) e.get("row")).longValue(), e -> e.get("column"))
                .containsExactlyInAnyOrder(tuple(3L, "Thẩm quyền xem xét, quyết định"), tuple(3L, "Thời hạn hoàn thành"),
                        tuple(4L, "Nhóm"), tuple(4L, "Trạng thái"));
        assertThat(errors).extracting(e -> e.get("message")).contains("Không phải ngày hợp lệ; ghi dạng 15/01/2026.");
        assertThat(OwnWard.count(jdbc, "recommendation", WARD)).isEqualTo(before);

        String good = RECOMMENDATION_HEADER
                + "KN-1,Nội dung 1,UBND phường,UBND phường,,Kết quả 1,31/12/2026,\"Cơ quan, địa phương tự xử lý được\",\n"
                + "KN-2,Nội dung 2,Sở Tài chính,Sở Tài chính,Sở KH&CN,Kết quả 2,30/6/2026,HIGHER,Đã gửi\n";
        importFile("recommendation-imports", "kn.csv", good).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsImported").value(2))
                .andExpect(jsonPath("$.message").value("Đã nhập 2 đề xuất, kiến nghị từ tệp."));
        String list = mvc.perform(get(OFFICER, API + "/recommendations?q=KN-"))
                .andExpect(jsonPath("$[0].scope").value("SELF"))
                .andExpect(jsonPath("$[0].status").value("PROPOSED"))
                .andExpect(jsonPath("$[1].status").value("SENT"))
                .andExpect(jsonPath("$[1].deadline").value("2026-06-30"))
                .andExpect(jsonPath("$[1].followUps[0].note").value("Nhập từ tệp „kn.csv“"))
                .andReturn().getResponse().getContentAsString();
        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] file = mvc.perform(get(OFFICER, API + "/recommendations." + format + "?q=KN-"))
                    .andReturn().getResponse().getContentAsByteArray();
            importFile("recommendation-imports", "lai." + format, file).andExpect(jsonPath("$.rowsImported").value(2));
            mvc.perform(get(OFFICER, API + "/recommendations?q=KN-"))
                    .andExpect(r -> assertThat(r.getResponse().getContentAsString()).isEqualTo(list));
        }
        // a file may not move a status backwards either
        String back = RECOMMENDATION_HEADER
                + "KN-2,Nội dung 2,Sở Tài chính,Sở Tài chính,Sở KH&CN,Kết quả 2,30/6/2026,HIGHER,Đề xuất\n";
        importFile("recommendation-imports", "lui.csv", back).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].column").value("Trạng thái"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Không chuyển được trạng thái từ „Đã gửi“ sang „Đề xuất“."));
    }

    @Test
    void anImportIsRefusedAtOnceToAnotherWardsOfficerAndWithoutACsvOrXlsxFile() throws Exception {
        for (String route : new String[] {"breakthrough-imports", "recommendation-imports"}) {
            Api.importRegister(mvc, "canbo.anhai", API + "/" + route, "x.csv", MODEL_HEADER.getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isForbidden());
            mvc.perform(MockMvcRequestBuilders.multipart(API + "/" + route).with(httpBasic(OFFICER, Api.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Hãy chọn tệp CSV hoặc XLSX để nhập."));
            importFile(route, "x.pdf", "%PDF").andExpect(status().isBadRequest());
        }
    }

    private ResultActions importFile(String route, String name, String content) throws Exception {
        return importFile(route, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the file and follows its import to the end (the import runs in the background since issue 21). */
    private ResultActions importFile(String route, String name, byte[] content) throws Exception {
        return Api.importRegister(mvc, OFFICER, API + "/" + route, name, content);
    }
}
