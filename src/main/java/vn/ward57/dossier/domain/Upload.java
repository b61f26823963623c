package vn.ward57.dossier.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.ward57.common.web.Uploads;

/** An uploaded file saved to a temporary file for its import, with its SHA-256 and size. */
public record Upload(Path file, String checksum, long size) {

    /** Saves the content; nothing is left behind when that fails. */
    public static Upload save(InputStream content) throws IOException {
        Path file = Uploads.tempFile("import");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content, sha)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Upload(file, HexFormat.of().formatHex(sha.digest()), Files.size(file));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException(e);
        }
    }
}
