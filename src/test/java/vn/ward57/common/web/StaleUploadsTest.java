package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start, upload copies older than a day go; newer ones, and other programs' files, stay. */
class StaleUploadsTest {

    @TempDir
    Path temp;

    private Path file(Path dir, String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "dossier_code,procedure_code");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void leftOverUploadsOlderThanADayAreDeletedAtStart() throws Exception {
        Path container = temp.resolve("ward57-uploads");
        Path oldImport = file(temp, "ward57-import-123.upload", Duration.ofHours(30));
        Path newImport = file(temp, "ward57-import-456.upload", Duration.ofHours(2));
        Path othersUpload = file(temp, "other-app-1.upload", Duration.ofDays(3));
        Path ourOtherFile = file(temp, "ward57-demo-1.csv", Duration.ofDays(3));

        StaleUploads cleaner = new StaleUploads(temp, container.toString());
        assertThat(container).isDirectory();     // made for the container before it takes an upload
        Path oldPart = file(container, "upload_7f0c_1.tmp", Duration.ofDays(2));
        Path newPart = file(container, "upload_7f0c_2.tmp", Duration.ofMinutes(5));
        cleaner.run(null);

        assertThat(oldImport).doesNotExist();
        assertThat(oldPart).doesNotExist();
        assertThat(newImport).exists();
        assertThat(newPart).exists();
        assertThat(othersUpload).exists();
        assertThat(ourOtherFile).exists();
    }

    @Test
    void theAppsTemporaryUploadsAreNamedSoThatTheyAreFound() throws Exception {
        Path made = Uploads.tempFile("import");
        try {
            assertThat(made.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(made.getFileName().toString()).startsWith("ward57-import-").endsWith(".upload");
        } finally {
            Files.deleteIfExists(made);
        }
    }

    @Test
    void aMissingTemporaryDirectoryDoesNotStopTheStart() {
        new StaleUploads(temp.resolve("gone"), "").run(null);
    }
}
