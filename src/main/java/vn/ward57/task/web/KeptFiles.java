package vn.ward57.task.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.task.DirectiveService.FileInfo;

/** The uploads (a document, evidence, a task list) and downloads of the task pages and API, written once. */
final class KeptFiles {

    private KeptFiles() {
    }

    /** The upload's content, or null when none came: the service refuses that after its access check. */
    static InputStream content(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }

    /** A kept file as a download under its own name (the caller adds the body). */
    static ResponseEntity.BodyBuilder download(FileInfo info) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(info.fileName(), StandardCharsets.UTF_8).build().toString());
    }
}
