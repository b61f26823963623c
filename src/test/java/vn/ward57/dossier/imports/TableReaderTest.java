package vn.ward57.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
}
