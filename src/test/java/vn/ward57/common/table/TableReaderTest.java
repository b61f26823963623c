package vn.ward57.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aRegisterFileIsReadByTheSameReaderItsMergedCellsFilledAndBlankRowsLeftOut() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("s");
        sheet.value(0, 0, "Ngày");
        sheet.value(0, 1, "Tên");
        sheet.value(1, 0, "15/01/2026");
        sheet.value(1, 1, "Tập huấn");
        sheet.range(1, 1, 2, 1).merge();
        sheet.value(2, 0, "16/01/2026");
        sheet.value(4, 0, " ");
        workbook.finish();
        List<TableFile.Line> lines = TableFile.read("so.xlsx", out.toByteArray());
        assertThat(lines).extracting(TableFile.Line::number).containsExactly(1L, 2L, 3L);
        assertThat(lines.get(2).cells()).containsExactly("16/01/2026", "Tập huấn");
    }
}
