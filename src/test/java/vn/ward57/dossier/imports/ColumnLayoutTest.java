package vn.ward57.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ward57.common.table.TableReader;

class ColumnLayoutTest {

    @TempDir
    Path dir;

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
