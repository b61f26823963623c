package vn.ward57.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.task.domain.AttachmentRepository;
import vn.ward57.task.domain.DirectiveRepository;

/** The ward's directive register: documents received and issued, their files and links. */
@Service
@Transactional(readOnly = true)
public class DirectiveService {

    private final WardService wards;
    private final DirectiveRepository directives;
    private final AttachmentRepository files;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    DirectiveService(WardService wards, DirectiveRepository directives, AttachmentRepository files,
                     Attachments attachments, ApplicationEventPublisher events) {
        this.wards = wards;
        this.directives = directives;
        this.files = files;
        this.attachments = attachments;
        this.events = events;
    }

    /** A file kept with a document or as evidence, without its content. */
    @Schema(name = "DirectiveFileInfo")
    public record FileInfo(long id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public List<Directive> list(String wardCode) {
        Ward ward = wards.get(wardCode);
        return directives.findByWard(ward.id().value()).stream().map(r -> r.directive(ward.code())).toList();
    }

    public Directive get(long id) {
        var row = directives.find(id).orElseThrow(() -> new NotFoundException("directive.not-found", null, id));
        return row.directive(readable(row.wardId()).code());
    }

    /** The ward a directive belongs to, after checking that the current user may read it. */
    Ward wardOf(long directiveId) {
        var row = directives.find(directiveId)
                .orElseThrow(() -> new NotFoundException("directive.not-found", null, directiveId));
        return readable(row.wardId());
    }

    @Transactional
    public Directive create(String wardCode, DirectiveForm form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        if (form.type() == null) {
            throw new InvalidInputException("directive.type-required", "type");
        }
        if (directives.findByNumber(ward.id().value(), form.number()).isPresent()) {
            throw new ConflictException("directive.duplicate", "number", form.number());
        }
        if (directives.countInWard(ward.id().value(), form.implementsIds()) != form.implementsIds().size()) {
            throw new InvalidInputException("directive.bad-link", "implementsIds");
        }
        DirectiveDates.check(form, form.implementsIds().stream().map(directives::find)
                .flatMap(java.util.Optional::stream).toList());
        long id = directives.insert(ward.id().value(), form);
        form.implementsIds().forEach(target -> directives.link(ward.id().value(), id, target));
        Directive created = directives.find(id).orElseThrow().directive(ward.code());
        events.publishEvent(ChangeRecorded.created("directive", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }

    @Transactional
    public FileInfo attach(long directiveId, String fileName, InputStream content) {
        Ward ward = wardOf(directiveId);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        long id = attachments.store(ward, directiveId, fileName, content, "file");
        var info = files.find(id).orElseThrow();
        events.publishEvent(ChangeRecorded.created("attachment", String.valueOf(id), ward.provinceId(),
                ward.id().value(), Map.of("directive", directiveId, "fileName", info.fileName(),
                        "sha256", info.sha256(), "size", info.sizeBytes())));
        return new FileInfo(id, info.fileName(), info.contentType(), info.sizeBytes(), info.sha256());
    }

    public List<FileInfo> files(long directiveId) {
        wardOf(directiveId);
        return files.ofDirective(directiveId).stream()
                .map(i -> new FileInfo(i.id(), i.fileName(), i.contentType(), i.sizeBytes(), i.sha256())).toList();
    }

    /** A kept file with its content, for download by those who may read its ward. */
    public record Download(FileInfo info, byte[] content) {
    }

    public Download download(long attachmentId) {
        var info = files.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, attachmentId));
        readable(info.wardId());
        return new Download(new FileInfo(info.id(), info.fileName(), info.contentType(), info.sizeBytes(),
                info.sha256()), files.content(attachmentId));
    }

    private Ward readable(long wardId) {
        return wards.get(new WardId(wardId));
    }
}
