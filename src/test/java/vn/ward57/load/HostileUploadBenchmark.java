package vn.ward57.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21: the app, in this JVM with a heap of at most 512 MB (-Xmx512m, as the bench profile runs it), is
 * sent to the asset import and to the dossier import: a workbook of about 1 MB whose one shared string, or one
 * inline cell, unpacks to 900 MB (-Dbench.bombMb=), and a CSV of 500 MB (-Dbench.uploadMb=) whose one cell runs
 * to its end. Each must be refused (400 at once, or the import FAILED with its message), not by running out of
 * memory, and the app must answer afterwards. Prints each answer, its time and the heap's peak meanwhile.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class HostileUploadBenchmark {

    private static final long MAX_HEAP = 512L << 20;
    private static final String WARD = "an-hai";
    private static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    private record Upload(String what, String path, String fileName, Path file) {
    }

    @Test
    void cellBombsAndAHugeUploadAreRefusedWithinTheHeap() throws Exception {
        long heapMax = Runtime.getRuntime().maxMemory();
        assertThat(heapMax).as("run with -Xmx512m (the bench profile's argLine)").isLessThanOrEqualTo(MAX_HEAP);
        long bomb = Long.getLong("bench.bombMb", 900) << 20;
        long huge = Long.getLong("bench.uploadMb", 500) << 20;
        String assets = "/api/v1/wards/" + WARD + "/asset-imports";
        String dossiers = "/api/v1/wards/" + WARD + "/dossier-imports";
        List<Upload> uploads = new ArrayList<>();
        for (boolean shared : new boolean[] {true, false}) {
            String kind = shared ? "chuỗi dùng chung" : "ô";
            Path a = Files.createDirectories(dir.resolve(kind.hashCode() + "-a"));
            Path d = Files.createDirectories(dir.resolve(kind.hashCode() + "-d"));
            uploads.add(new Upload("XLSX, một " + kind + " bung ra " + (bomb >> 20) + " MB → thiết bị", assets,
                    "bom.xlsx", ImportFiles.cellBomb(a, ImportFiles.ASSET_HEADER, bomb, shared)));
            uploads.add(new Upload("XLSX, một " + kind + " bung ra " + (bomb >> 20) + " MB → hồ sơ", dossiers,
                    "bom.xlsx", ImportFiles.cellBomb(d, ImportFiles.DOSSIER_HEADER, bomb, shared)));
        }
        uploads.add(new Upload("CSV " + (huge >> 20) + " MB → thiết bị", assets, "lon.csv",
                ImportFiles.hugeCell(Files.createDirectories(dir.resolve("a")), ImportFiles.ASSET_HEADER, huge)));
        uploads.add(new Upload("CSV " + (huge >> 20) + " MB → hồ sơ", dossiers, "lon.csv",
                ImportFiles.hugeCell(Files.createDirectories(dir.resolve("d")), ImportFiles.DOSSIER_HEADER, huge)));

        AppClient officer = new AppClient("http://localhost:" + port, "canbo.anhai");
        StringBuilder out = new StringBuilder();
        out.append(String.format(VI, "%n=== Tệp độc hại, heap tối đa %,d MB (issue 21) ===%n", heapMax >> 20));
        long peak = 0;
        List<String> faults = new ArrayList<>();
        for (Upload u : uploads) {
            System.gc();    // each case's peak from the same start
            long t = System.nanoTime();
            AppClient.Answer posted;
            AppClient.Answer last;
            HeapWatch.Peak heap;
            try (HeapWatch watch = HeapWatch.start()) {
                posted = officer.postFile(u.path(), u.fileName(), u.file());
                last = posted.status() == 202 ? officer.await(posted.location(), Duration.ofMinutes(5)) : posted;
                heap = watch.peak();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            String status = posted.status() == 202 ? last.json("$.status") : null;
            String message = posted.status() == 202 ? last.json("$.message") : last.json("$.detail");
            int health = officer.get("/actuator/health").status();
            int indicators = officer.get("/api/v1/wards/" + WARD + "/indicator-catalogue").status();
            peak = Math.max(peak, heap.sampled());
            out.append(String.format(VI, "%n%s (%,d KB)%n  trả lời %d%s sau %,.1f s: %s%n  sau đó: /actuator/health %d, "
                    + "API %d; %s%n", u.what(), Files.size(u.file()) >> 10, posted.status(),
                            status == null ? "" : " → " + status, seconds, message, health, indicators, heap.line()));
            boolean refused = posted.status() == 400 || "FAILED".equals(status);
            if (!refused || message == null || message.isBlank() || message.contains("bộ nhớ") || health != 200
                    || indicators != 200) {
                faults.add(u.what() + ": " + posted.status() + " " + status + " " + message);
            }
        }
        out.append(String.format(VI, "%nđỉnh heap lớn nhất (lấy mẫu): %,d MB của %,d MB%n", peak >> 20, heapMax >> 20));
        System.out.println(out);
        assertThat(faults).as("each file refused with a message, the app answering afterwards").isEmpty();
    }
}
