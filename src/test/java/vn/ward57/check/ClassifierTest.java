package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a number is by the words around it: only quantities are compared. */
class ClassifierTest {

    private static List<Mention> read(String heading, String text) {
        return Analysis.of(new CheckedText(List.of(Block.paragraph(0, heading, text)))).mentions;
    }

    private static Role role(String text, String number) {
        return read("II. KẾT QUẢ", text).stream().filter(m -> m.raw().equals(number)).findFirst().orElseThrow().role();
    }

    @Test
    void quantitiesCountSomething() {
        assertThat(role("Tiếp nhận 12.456 hồ sơ.", "12.456")).isEqualTo(Role.QUANTITY);
        assertThat(role("Đạt tỷ lệ 98,70%.", "98,70%")).isEqualTo(Role.QUANTITY);
        assertThat(role("Số dịch vụ công trực tuyến hiện nay: 2100 dịch vụ.", "2100")).isEqualTo(Role.QUANTITY);
    }

    @Test
    void targetsAreNotResults() {
        assertThat(role("Phấn đấu 100% cán bộ sử dụng thành thạo dịch vụ công.", "100%")).isEqualTo(Role.TARGET);
        assertThat(role("Tối thiểu 80% hồ sơ được xử lý trực tuyến.", "80%")).isEqualTo(Role.TARGET);
        assertThat(role("Hoàn thành thủ tục; đến năm 2030 đạt 95% người dân có tài khoản.", "95%")).isEqualTo(Role.TARGET);
        assertThat(read("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Xây dựng 01 mô hình Tổ dân phố số.").getFirst().role())
                .as("a section that looks ahead").isEqualTo(Role.TARGET);
        // a target cue in another clause does not make a result a target
        assertThat(role("Bảo đảm đúng quy trình; tỷ lệ giải quyết đúng hạn đạt 100%.", "100%")).isEqualTo(Role.QUANTITY);
    }

    @Test
    void partsOfPhrasesAreNoQuantities() {
        assertThat(role("1. Kết quả giải quyết hồ sơ", "1.")).isEqualTo(Role.LIST_NUMBER);
        assertThat(role("Theo Kế hoạch số 70/KH-UBND của UBND.", "70/KH-UBND")).isEqualTo(Role.DOCUMENT_NUMBER);
        assertThat(role("Thực hiện Nghị quyết 57 của Bộ Chính trị.", "57")).isEqualTo(Role.DOCUMENT_NUMBER);
        assertThat(role("Thực hiện Đề án 06 của Chính phủ.", "06")).isEqualTo(Role.DOCUMENT_NUMBER);
        assertThat(role("Trong năm 2025, phường đã làm nhiều việc.", "2025")).isEqualTo(Role.YEAR);
        assertThat(role("Trong 5 tháng đầu năm, phường đã làm nhiều việc.", "5")).isEqualTo(Role.DURATION);
        assertThat(role("Sơ kết 01 năm 06 tháng thực hiện.", "06")).isEqualTo(Role.DURATION);
        assertThat(role("Giai đoạn 2: hoàn thành.", "2")).isEqualTo(Role.ORDINAL);
        assertThat(role("Xếp vị thứ 7/93 xã, phường.", "7/93")).isEqualTo(Role.ORDINAL);
        assertThat(role("Hội chợ làng nghề lần thứ 21.", "21")).isEqualTo(Role.ORDINAL);
        assertThat(role("Phản ánh qua Cổng góp ý 1022 thành phố.", "1022")).isEqualTo(Role.PHONE);
        assertThat(role("Gọi 0236.3822.123 để được hỗ trợ.", "0236.3822.123")).isNotEqualTo(Role.QUANTITY);
        assertThat(role("Người từ 60 tuổi trở lên.", "60")).isEqualTo(Role.AGE);
        assertThat(role("Ngày 22/12/2024 Bộ Chính trị ban hành.", "22/12/2024")).isEqualTo(Role.DATE);
        assertThat(role("Họp lúc 14:00 tại hội trường.", "14:00")).isEqualTo(Role.TIME);
        assertThat(role("Phủ sóng 5G toàn phường.", "5")).isEqualTo(Role.CODE);
    }

    @Test
    void approximateNumbersAreNeverExact() {
        Mention m = read("II", "Đã tiếp nhận hơn 27.000 lượt công dân.").getFirst();
        assertThat(m.approximate()).isTrue();
        assertThat(m.isExact()).isFalse();
    }

    @Test
    void theWordsAroundANumberNameIt() {
        List<Mention> ms = read("II", "Còn 162 hồ sơ đang giải quyết, trong đó 160 hồ sơ còn trong thời hạn, 02 hồ sơ quá hạn.");
        assertThat(ms.get(0).context()).contains("hồ sơ đang giải quyết");
        assertThat(ms.get(2).qualifiers()).containsExactly("quá hạn");
        // the rate borrows the clause before it: it is the rate of the online dossiers
        Mention rate = read("II", "Trong đó 7.185/7.355 hồ sơ trực tuyến, đạt 97,69%.").get(1);
        assertThat(rate.context()).contains("trực tuyến");
    }

    @Test
    void aSentenceSpeaksOfItsTimeButNotOfItsDocumentsDates() {
        Mention m = read("II", "Đến ngày 06/6/2026, còn 64 hồ sơ đang giải quyết.").get(1);
        assertThat(m.scope().to()).hasToString("2026-06-06");
        Mention n = read("II", "Theo Kế hoạch số 70/KH-UBND ngày 18/9/2025, đã hoàn thành 11 nhiệm vụ.").get(2);
        assertThat(n.scope().isEmpty()).isTrue();
    }
}
