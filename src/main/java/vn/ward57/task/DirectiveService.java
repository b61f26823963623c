package vn.ward57.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.AttachmentRepository;
import vn.ward57.task.domain.Attachments;
import vn.ward57.task.domain.DirectiveDates;
import vn.ward57.task.domain.DirectiveRepository;
import vn.ward57.task.domain.RecordWardRepository.Table;
import vn.ward57.task.domain.RecordWards;

/**
 * The ward's directive register: documents received and issued, their files and links. Its documents belong
 * to no unit, yet every officer of the ward keeps it: the office's clerk (văn thư), who registers them, is an
 * officer of a unit (Văn phòng HĐND và UBND).
 */
@Service
@Transactional(readOnly = true)
public class DirectiveService {

    private final RecordWards recordWards;
    private final DirectiveRepository directives;
    private final AttachmentRepository files;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    DirectiveService(RecordWards recordWards, DirectiveRepository directives, AttachmentRepository files,
                     Attachments attachments, ApplicationEventPublisher events) {
        this.recordWards = recordWards;
        this.directives = directives;
        this.files = files;
        this.attachments = attachments;
        this.events = events;
    }

    /** A file kept with a document or as evidence, without its content. */
    @Schema(name = "DirectiveFileInfo")
    public record FileInfo(long id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /** The ward of a directive, if the user may read it: 404 for no such directive, 403 for another ward's. */
    public Ward wardOf(long directiveId) {
        return recordWards.of(Table.DIRECTIVE, directiveId, "directive.not-found");
    }

    /** The ward of a kept file (a directive's or a task's evidence), checked as {@link #wardOf}. */
    public Ward wardOfFile(long attachmentId) {
        return recordWards.of(Table.ATTACHMENT, attachmentId, "attachment.not-found");
    }

    /** ward: read-checked by whoever resolved it (a Ward parameter, {@link #wardOf}). */
    public List<Directive> list(Ward ward) {
        return directives.findByWard(ward.id().value()).stream().map(r -> r.directive(ward.code())).toList();
    }

    public Directive get(Ward ward, long id) {
        return directives.find(ward.id().value(), id).map(r -> r.directive(ward.code()))
                .orElseThrow(() -> new NotFoundException("directive.not-found", null, id));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Directive create(Ward ward, DirectiveForm form) {
        if (form.type() == null) {
            throw new InvalidInputException("directive.type-required", "type");
        }
        long wardId = ward.id().value();
        if (directives.findByNumber(wardId, form.number()).isPresent()) {
            throw new ConflictException("directive.duplicate", "number", form.number());
        }
        if (directives.countInWard(wardId, form.implementsIds()) != form.implementsIds().size()) {
            throw new InvalidInputException("directive.bad-link", "implementsIds");
        }
        DirectiveDates.check(form, form.implementsIds().stream().map(target -> directives.find(wardId, target))
                .flatMap(Optional::stream).toList());
        long id = directives.insert(wardId, form);
        form.implementsIds().forEach(target -> directives.link(wardId, id, target));
        Directive created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("directive", String.valueOf(id), ward.provinceId(), wardId,
                created));
        return created;
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public FileInfo attach(Ward ward, long directiveId, String fileName, InputStream content) {
        get(ward, directiveId);
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        long id = attachments.store(ward, directiveId, fileName, content, "file");
        var info = files.find(ward.id().value(), id).orElseThrow();
        events.publishEvent(ChangeRecorded.created("attachment", String.valueOf(id), ward,
                Map.of("directive", directiveId, "fileName", info.fileName(),
                        "sha256", info.sha256(), "size", info.sizeBytes())));
        return info(info);
    }

    public List<FileInfo> files(Ward ward, long directiveId) {
        get(ward, directiveId);
        return files.ofDirective(directiveId).stream().map(DirectiveService::info).toList();
    }

    /** A kept file with its content, for download by those who may read its ward. */
    public record Download(FileInfo info, byte[] content) {
    }

    public Download download(Ward ward, long attachmentId) {
        var info = files.find(ward.id().value(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, attachmentId));
        return new Download(info(info), files.content(attachmentId));
    }

    private static FileInfo info(AttachmentRepository.Info i) {
        return new FileInfo(i.id(), i.fileName(), i.contentType(), i.sizeBytes(), i.sha256());
    }
}
