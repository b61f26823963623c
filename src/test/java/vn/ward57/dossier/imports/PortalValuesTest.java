package vn.ward57.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ward57.dossier.Procedure.Level;
import vn.ward57.dossier.Procedure.OnlineLevel;

class PortalValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Toàn trình | FULL", "DVC trực tuyến toàn trình | FULL", "Mức độ 4 | FULL", "FULL | FULL",
            "Một phần | PARTIAL", "Dịch vụ công trực tuyến một phần | PARTIAL", "Mức độ 3 | PARTIAL",
            "Mức độ 2 | NONE", "Không | NONE", "'' | NONE", "Mức độ 9 | NULL", "Trực tuyến | NULL"})
    void onlineLevels(String text, OnlineLevel expected) {
        assertThat(PortalValues.onlineLevel(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Cấp Xã | WARD", "Cấp xã, phường | WARD", "WARD | WARD", "Phường | WARD", "Cấp Tỉnh | PROVINCE",
            "Cấp Bộ | CENTRAL", "Trung ương | CENTRAL", "Cấp huyện | NULL", "HUYEN | NULL"})
    void levels(String text, Level expected) {
        assertThat(PortalValues.level(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Không | false", "Không thu phí | false", "Miễn lệ phí | false", "0 đồng | false", "'' | false",
            "Lệ phí 8.000 đồng/bản | true", "Phí thẩm định theo quy định | true", "có | true", "x | true",
            "50.000 đồng; miễn cho hộ nghèo | true"})
    void fees(String text, boolean expected) {
        assertThat(PortalValues.hasFee(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.00012 | 1.000120", "1.001612 | 1.001612", "2.0001 | 2.000100", "1.004227.000.00.00.H12 | 1.004227.000.00.00.H12",
            "P1 | P1"})
    void codesGetBackTheZerosASpreadsheetDropped(String text, String expected) {
        assertThat(PortalValues.code(text)).isEqualTo(expected);
    }
}
