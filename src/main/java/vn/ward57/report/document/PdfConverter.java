package vn.ward57.report.document;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.ConflictException;

/**
 * A report's DOCX as PDF, by LibreOffice headless when it is installed ({@code soffice} on the PATH, or
 * the program named by {@code ward57.soffice}). Each conversion has its own temporary directory and
 * LibreOffice profile, so two at once never share a profile (LibreOffice refuses a profile in use), and
 * is stopped after 60 seconds.
 */
@Component
public class PdfConverter {

    static final long TIMEOUT_SECONDS = 60;

    private final String configured;

    PdfConverter(@Value("${ward57.soffice:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** Whether PDF can be made here (the page says so when it cannot). */
    public boolean available() {
        return program() != null;
    }

    /** The PDF of a DOCX; ConflictException report.pdf-unavailable / report.pdf-failed when it cannot be made. */
    public byte[] pdf(byte[] docx) {
        String program = program();
        if (program == null) {
            throw new ConflictException("report.pdf-unavailable", null);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ward57-pdf-");
            Path input = Files.write(dir.resolve("report.docx"), docx);
            Path outDir = Files.createDirectories(dir.resolve("out"));
            Process process = new ProcessBuilder(List.of(program,
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", outDir.toString(), input.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new ConflictException("report.pdf-failed", null);
            }
            Path pdf = outDir.resolve("report.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new ConflictException("report.pdf-failed", null);
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new ConflictException("report.pdf-failed", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("report.pdf-failed", null);
        } finally {
            delete(dir);
        }
    }

    /** The LibreOffice program to run, or null when there is none. */
    private String program() {
        if (configured.contains(File.separator)) {
            return Files.isExecutable(Path.of(configured)) ? configured : null;
        }
        String name = configured.isEmpty() ? "soffice" : configured;
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is harmless; the conversion's outcome stands
        }
    }
}
