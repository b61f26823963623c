package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A kept file goes back under its own name, diacritics included, with the content type it was kept with. */
class DownloadsTest {

    @Test
    void aKeptFileKeepsItsNameAndContentType() {
        ResponseEntity<byte[]> answer = Downloads.keptFile("Biên bản họp.pdf", "application/pdf").body(new byte[] {1});

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("Biên bản họp.pdf");
        assertThat(answer.getHeaders().getContentDisposition().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(answer.getBody()).containsExactly(1);
    }
}
