package vn.ward57.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

    @TempDir
    Path dir;

    @Test
    void aCsvSaysHowMuchOfItHasBeenRead() throws Exception {
        StringBuilder csv = new StringBuilder("dossier_code,channel\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("HS-").append(i).append(",ONLINE\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (TableReader reader = TableReader.open(file)) {
            reader.next();
            int early = reader.percentRead();
            for (int i = 0; i < 100_000; i++) {
                reader.next();
            }
            int half = reader.percentRead();
            while (reader.next() != null) {
                // to the end
            }
            // the reader buffers ahead, so the figures lead a little, never lag
            assertThat(early).isBetween(0, 10);
            assertThat(half).isBetween(45, 60);
            assertThat(reader.percentRead()).isEqualTo(100);
        }
    }

    @Test
    void anEmptyCsvIsAllRead() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        try (TableReader reader = TableReader.open(file)) {
            assertThat(reader.next()).isNull();
            assertThat(reader.percentRead()).isEqualTo(100);
        }
    }

    @Test
    void anXlsxMergedRegionGivesItsValueToEveryCellItCovers() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (var out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("s");
            sheet.value(0, 0, "Ngày");
            sheet.range(0, 0, 0, 1).merge();
            sheet.value(1, 0, "Tiếp nhận");
            sheet.value(1, 1, "Hẹn trả");
            sheet.value(2, 0, "a");
            sheet.value(2, 2, "Hộ tịch");
            sheet.range(2, 2, 4, 2).merge();
            sheet.value(3, 0, "b");
            sheet.value(5, 0, "c");
            sheet.value(5, 2, "Đất đai");
            workbook.finish();
        }
        try (TableReader reader = TableReader.open(file)) {
            assertThat(reader.next()).containsExactly("Ngày", "Ngày");
            assertThat(reader.next()).containsExactly("Tiếp nhận", "Hẹn trả");
            assertThat(reader.next()).containsExactly("a", "", "Hộ tịch");
            assertThat(reader.next()).containsExactly("b", "", "Hộ tịch");
            assertThat(reader.next()).containsExactly("c", "", "Đất đai");   // row 5 has no cells: never seen
            assertThat(reader.rowNumber()).isEqualTo(6);
        }
    }

    @Test
    void theHeaderIsFoundUnderTitleRowsAndTheDataKeepTheirRowNumbers() throws Exception {
        Path file = dir.resolve("title.csv");
        Files.writeString(file, """
                ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI
                DANH SÁCH HỒ SƠ
                Từ ngày 01/07/2026 đến ngày 31/07/2026
                STT,Mã hồ sơ,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý
                1,HS-1,Trực tuyến,10/07/2026,10/07/2026
                Tổng cộng,,,,
                2,HS-2,Trực tiếp,11/07/2026,12/07/2026
                ,Người lập biểu,,,
                """, StandardCharsets.UTF_8);
        try (TableReader reader = TableReader.open(file)) {
            ColumnLayout.Table table = ColumnLayout.find(reader, null);
            assertThat(table.layout().positions()).containsEntry(ImportColumn.DOSSIER_CODE, 1)
                    .containsEntry(ImportColumn.DUE_AT, 4).doesNotContainKey(ImportColumn.FIELD);
            assertThat(table.rows().next()).startsWith("1", "HS-1");
            assertThat(table.rows().rowNumber()).isEqualTo(5);
            assertThat(table.rows().next()).startsWith("2", "HS-2");   // the totals row is skipped, not the end
            assertThat(table.rows().rowNumber()).isEqualTo(7);
            assertThat(table.rows().next()).isNull();
        }
    }

    @Test
    void withoutAHeaderTheRowThatCameClosestSaysWhatIsMissing() throws Exception {
        Path file = dir.resolve("none.csv");
        Files.writeString(file, "DANH SÁCH\nMã hồ sơ,Hình thức nộp,Ngày nhận\nHS-1,Trực tuyến,10/07/2026\n");
        try (TableReader reader = TableReader.open(file)) {
            assertThatThrownBy(() -> ColumnLayout.find(reader, null))
                    .isInstanceOfSatisfying(vn.ward57.common.error.InvalidInputException.class,
                            e -> assertThat(e.args()).containsExactly("due_at"));
        }
    }
}
