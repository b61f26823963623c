package vn.ward57.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.people.domain.TrainingFileRepository;

/**
 * Files kept with a training event (invitation, attendance sheet, photos, certificates), with their
 * SHA-256; refused over ward57.attachments.max-bytes or of a kind an office does not exchange.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFileService {

    /** The kinds of files accepted, by extension, with the content type they are served as. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("zip", "application/zip"));

    private final WardService wards;
    private final TrainingEventService events;
    private final TrainingFileRepository files;
    private final ApplicationEventPublisher publisher;
    private final long maxBytes;

    TrainingFileService(WardService wards, TrainingEventService events, TrainingFileRepository files,
                        ApplicationEventPublisher publisher, @Value("${ward57.attachments.max-bytes}") long maxBytes) {
        this.wards = wards;
        this.events = events;
        this.files = files;
        this.publisher = publisher;
        this.maxBytes = maxBytes;
    }

    /** A kept file with its content. */
    public record Download(TrainingFile info, byte[] content) {
    }

    @Transactional
    public TrainingFile attach(String wardCode, long eventId, String fileName, InputStream content) {
        Ward ward = events.enterable(wardCode);
        events.row(ward, eventId);
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.strip();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidInputException("attachment.bad-type", "file", name);
        }
        byte[] bytes = read(content);
        if (bytes.length == 0) {
            throw new InvalidInputException("attachment.empty", "file", name);
        }
        long id = files.insert(new TrainingFileRepository.NewFile(ward.id().value(), eventId, name, type, bytes,
                sha256(bytes), CurrentActor.name()));
        TrainingFile kept = info(files.find(id).orElseThrow());
        publisher.publishEvent(ChangeRecorded.created("training_event_file", String.valueOf(id), ward.provinceId(),
                ward.id().value(), kept));
        return kept;
    }

    public List<TrainingFile> list(String wardCode, long eventId) {
        Ward ward = wards.get(wardCode);
        events.row(ward, eventId);
        return files.ofEvent(eventId).stream().map(TrainingFileService::info).toList();
    }

    public Download download(String wardCode, long eventId, long fileId) {
        Ward ward = wards.get(wardCode);
        events.row(ward, eventId);
        var info = files.find(fileId).filter(f -> f.trainingEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, String.valueOf(fileId)));
        return new Download(info(info), files.content(fileId));
    }

    private byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException("attachment.too-large", "file", maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrainingFile info(TrainingFileRepository.Info i) {
        return new TrainingFile(i.id(), i.trainingEventId(), i.fileName(), i.contentType(), i.sizeBytes(), i.sha256());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
