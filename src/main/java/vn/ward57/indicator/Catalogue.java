package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.ward57.common.ReportingPeriod.Kind;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.indicator.Indicator.Source;
import vn.ward57.indicator.Indicator.Unit;

/**
 * The catalogue a ward adopts in one step: the targets of the appendix of seed 001 (Kế hoạch of
 * phường An Hải: to 2035 and 2045) and the near-term one of Kế hoạch 02-KH/BCĐTW. Lead units are
 * named as the appendix names them and matched to the ward's units by name.
 */
final class Catalogue {

    /** An entry and its targets (year → value; no baseline: the ward enters its own). */
    record Entry(String code, String name, Unit unit, Kind periodType, Source source, String metric,
                 String leadUnitName, List<Goal> goals) {
    }

    record Goal(int year, BigDecimal target, String source) {
    }

    private static final String APPENDIX = "Phụ lục Kế hoạch của phường (seed 001)";
    private static final String KH02 = "Kế hoạch 02-KH/BCĐTW";

    static final List<Entry> ENTRIES = List.of(
            entered("CB-KNS", "Tỷ lệ cán bộ, công chức phường được bồi dưỡng kỹ năng số căn bản", Kind.QUARTER,
                    "Phòng Văn hóa - Xã hội", goal(2035, "100", APPENDIX)),
            entered("CB-LCKNS", "Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành",
                    null, goal(2035, "100", APPENDIX)),
            entered("DS-TCDVS", "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông",
                    "Công an phường", goal(2035, "95", APPENDIX), goal(2045, "99", APPENDIX)),
            entered("DS-SDDVS", "Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số", null,
                    goal(2045, "90", APPENDIX)),
            new Entry("DVC-TT", "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính",
                    Unit.PERCENT, Kind.QUARTER, Source.COMPUTED, "PROCEDURES_FULL_ONLINE_SHARE",
                    "Trung tâm Phục vụ hành chính công", List.of(goal(2035, "100", APPENDIX), goal(2045, "100", APPENDIX))),
            new Entry("HS-TT", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", Unit.PERCENT, Kind.MONTH,
                    Source.COMPUTED, "DOSSIER_ONLINE_RATE", "Trung tâm Phục vụ hành chính công",
                    List.of(goal(2026, "80", KH02), goal(2035, "100", APPENDIX))),
            new Entry("HS-DH", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", Unit.PERCENT, Kind.MONTH,
                    Source.COMPUTED, "DOSSIER_ON_TIME_RATE", "Trung tâm Phục vụ hành chính công",
                    List.of(goal(2026, "98", KH02))),
            entered("CSDL-SH", "Tỷ lệ cơ sở dữ liệu của phường được số hóa và liên thông", null,
                    goal(2035, "100", APPENDIX), goal(2045, "100", APPENDIX)),
            entered("DDDT", "Tỷ lệ người dân có tài khoản định danh điện tử", Kind.MONTH, "Công an phường",
                    goal(2035, "95", APPENDIX), goal(2045, "100", APPENDIX)),
            entered("CKS", "Tỷ lệ người dân trưởng thành có chữ ký số", Kind.MONTH, "Công an phường",
                    goal(2035, "20", APPENDIX), goal(2045, "40", APPENDIX)),
            entered("DN-CNS", "Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số", "Phòng Văn hóa - Xã hội",
                    goal(2045, "100", APPENDIX)),
            new Entry("NV-HT", "Tỷ lệ nhiệm vụ được giao đã hoàn thành", Unit.PERCENT, Kind.MONTH,
                    Source.COMPUTED, "TASK_COMPLETION_RATE", "Văn phòng HĐND và UBND phường",
                    List.of(goal(2026, "100", KH02))),
            // the counts the rules check the shares against
            count("CB-DT", "Số cán bộ, công chức đã được bồi dưỡng kỹ năng số", Kind.QUARTER,
                    "Phòng Văn hóa - Xã hội"),
            count("TCN", "Số tổ công nghệ số cộng đồng", Kind.MONTH, "Phòng Văn hóa - Xã hội"),
            count("DDDT-TK", "Số tài khoản định danh điện tử đã kích hoạt", Kind.MONTH, "Công an phường"),
            count("DS-TT", "Số dân trưởng thành trên địa bàn", Kind.YEAR, "Công an phường"),
            // digital citizens (issue 6): signatures as entered by the ward from the issuers' figures
            count("CKS-CC", "Số chữ ký số công cộng người dân đang sử dụng", Kind.MONTH, null),
            count("CKS-CN", "Số chữ ký số cá nhân người dân đang sử dụng", Kind.MONTH, null),
            new Entry("DDDT-TL", "Tỷ lệ dân trưởng thành có tài khoản định danh điện tử (tính từ số liệu)",
                    Unit.PERCENT, Kind.MONTH, Source.FORMULA, null, "Công an phường", List.of()),
            // computed from the registers (issue 6), so the reports cite what the registers hold
            new Entry("CB-BD-TL", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số (theo sổ tập huấn)", Unit.PERCENT,
                    Kind.MONTH, Source.COMPUTED, "STAFF_TRAINED_SHARE", "Phòng Văn hóa - Xã hội",
                    List.of(goal(2035, "100", APPENDIX))),
            computed("CB-BD", "Số cán bộ, công chức đã được bồi dưỡng kỹ năng số (theo sổ tập huấn)", Kind.MONTH,
                    "STAFF_TRAINED", "Phòng Văn hóa - Xã hội"),
            computed("TH-LUOT", "Số lượt người tham gia tập huấn, bồi dưỡng trong kỳ", Kind.MONTH,
                    "TRAINING_PARTICIPANTS", "Phòng Văn hóa - Xã hội"),
            computed("TCN-SO", "Số tổ công nghệ số cộng đồng đang hoạt động (theo sổ)", Kind.MONTH,
                    "COMMUNITY_TEAMS", "Phòng Văn hóa - Xã hội"),
            computed("TCN-TV", "Số thành viên tổ công nghệ số cộng đồng", Kind.MONTH,
                    "COMMUNITY_TEAM_MEMBERS", "Phòng Văn hóa - Xã hội"),
            computed("TCN-HT", "Số lượt người dân được tổ công nghệ số cộng đồng hỗ trợ trong kỳ", Kind.MONTH,
                    "RESIDENTS_HELPED", "Phòng Văn hóa - Xã hội"),
            computed("TDP-SO", "Số tổ dân phố đạt tiêu chí tổ dân phố số", Kind.HALF_YEAR, "DIGITAL_GROUPS",
                    "Phòng Văn hóa - Xã hội"),
            new Entry("CAM-TDP", "Tỷ lệ tổ dân phố có camera đang hoạt động", Unit.PERCENT, Kind.YEAR,
                    Source.COMPUTED, "CAMERA_GROUP_SHARE", "Công an phường", List.of()),
            computed("CTS-CQ", "Số chứng thư số cấp cho cơ quan, đơn vị trong kỳ", Kind.MONTH,
                    "CERTIFICATES_FOR_BODIES", "Văn phòng HĐND và UBND phường"),
            computed("CTS-CN", "Số chứng thư số cấp cho cá nhân trong kỳ", Kind.MONTH,
                    "CERTIFICATES_FOR_PEOPLE", "Văn phòng HĐND và UBND phường"),
            new Entry("NS-GN", "Tỷ lệ giải ngân kinh phí khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong năm",
                    Unit.PERCENT, Kind.MONTH, Source.COMPUTED, "BUDGET_DISBURSEMENT_RATE",
                    "Văn phòng HĐND và UBND phường", List.of()));

    private Catalogue() {
    }

    private static Entry entered(String code, String name, String lead, Goal... goals) {
        return entered(code, name, Kind.YEAR, lead, goals);
    }

    private static Entry entered(String code, String name, Kind type, String lead, Goal... goals) {
        return new Entry(code, name, Unit.PERCENT, type, Source.ENTERED, null, lead, List.of(goals));
    }

    private static Entry computed(String code, String name, Kind type, String metric, String lead) {
        return new Entry(code, name, Unit.COUNT, type, Source.COMPUTED, metric, lead, List.of());
    }

    private static Entry count(String code, String name, Kind type, String lead) {
        return new Entry(code, name, Unit.COUNT, type, Source.ENTERED, null, lead, List.of());
    }

    /** Entered figures a register also holds (issue 6): the form shows the register's beside them. */
    static final java.util.Map<String, String> REGISTER_COUNTERPARTS = java.util.Map.of(
            "CB-KNS", "CB-BD-TL", "CB-DT", "CB-BD", "TCN", "TCN-SO");

    /**
     * The coordinating units (cơ quan phối hợp) the appendix of seed 001 names for an entry, matched to the ward's
     * units by name as the lead unit is; "the ward's units" (các cơ quan, đơn vị thuộc UBND phường) names none.
     */
    static final java.util.Map<String, List<String>> COORDINATORS = java.util.Map.of(
            "DS-TCDVS", List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"),
            "DDDT", List.of("Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"),
            "CKS", List.of("Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"),
            "DN-CNS", List.of("Phòng Kinh tế, Hạ tầng và Đô thị"));

    /** The formula of a FORMULA entry: numerator, denominator, factor. */
    static final java.util.Map<String, String[]> FORMULAS = java.util.Map.of("DDDT-TL",
            new String[] {"DDDT-TK", "DS-TT", "100"});

    /**
     * The rules a ward adopts with the catalogue (issue 5): percentages within 0-100, counts not
     * negative, staff trained within staff in post, community teams within residential groups,
     * e-ID accounts within adult residents. Code, name, left, operator, right, and the importance
     * where it is not HIGH.
     */
    static List<String[]> rules(List<Entry> entries) {
        List<String[]> rules = new java.util.ArrayList<>();
        for (Entry e : entries) {
            if (e.unit() == Unit.PERCENT) {
                rules.add(new String[] {"PCT-MIN-" + e.code(), e.code() + ": tỷ lệ không âm", "#{" + e.code() + "}", ">=", "0"});
                rules.add(new String[] {"PCT-MAX-" + e.code(), e.code() + ": tỷ lệ không quá 100%", "#{" + e.code() + "}", "<=", "100"});
            } else if (e.unit() == Unit.COUNT) {
                rules.add(new String[] {"CNT-MIN-" + e.code(), e.code() + ": số lượng không âm", "#{" + e.code() + "}", ">=", "0"});
            }
        }
        rules.add(new String[] {"CB-DT-BIEN-CHE", "Cán bộ đã bồi dưỡng kỹ năng số không quá số cán bộ có mặt",
                "#{CB-DT}", "<=", "metric:STAFF_FILLED"});
        rules.add(new String[] {"TCN-TDP", "Số tổ công nghệ số cộng đồng không quá số tổ dân phố",
                "#{TCN}", "<=", "metric:RESIDENTIAL_GROUPS"});
        rules.add(new String[] {"DDDT-DS", "Tài khoản định danh điện tử không quá số dân trưởng thành",
                "#{DDDT-TK}", "<=", "#{DS-TT}"});
        return rules;
    }

    private static Goal goal(int year, String target, String source) {
        return new Goal(year, new BigDecimal(target), source);
    }
}
