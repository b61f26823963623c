package vn.ward57.common.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A kept file (an attachment, evidence, a directive's document) sent back as it was uploaded. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * A download under the file's own name, which may hold diacritics (hence the UTF-8 filename*), with the
     * content type it was kept with; the caller adds the body.
     */
    public static ResponseEntity.BodyBuilder keptFile(String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
