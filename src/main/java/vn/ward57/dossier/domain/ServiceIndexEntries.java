package vn.ward57.dossier.domain;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Echo;
import vn.ward57.common.Texts;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.IndexComponent;
import vn.ward57.dossier.IndexEntryForm;
import vn.ward57.dossier.ServiceIndex;
import vn.ward57.dossier.ServiceIndexService;
import vn.ward57.dossier.domain.IndexEntryRepository.Kind;
import vn.ward57.org.Ward;

/**
 * What the officers of a ward (and the province's admins) enter in its 766 index for an exact period: the
 * score of a component ward57 cannot compute, with its source; the portal's published scores. Each answer
 * is the index as it stands afterwards. The index is the whole ward's: entered by its officers not limited
 * to a unit, its leaders and the province's admins (WardAccess.enterWardWide).
 */
@Service
@Transactional
public class ServiceIndexEntries {

    private static final int SOURCE_LENGTH = 500;

    private final IndexEntryRepository entries;
    private final ServiceIndexService index;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    ServiceIndexEntries(IndexEntryRepository entries, ServiceIndexService index, Messages messages,
                        ApplicationEventPublisher events) {
        this.entries = entries;
        this.index = index;
        this.messages = messages;
        this.events = events;
    }

    /** The score of a component ward57 has no records for; refused for one it computes in this period. */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public ServiceIndex enter(Ward ward, String componentCode, Period period, IndexEntryForm form) {
        IndexComponent component = IndexComponent.find(componentCode)
                .orElseThrow(() -> new NotFoundException("index766.unknown-component", "componentCode", Echo.cut(componentCode, 40)));
        String source = check(form, component.max(), nameOf(componentCode), true);
        boolean computed = index.ward(ward, period).parts().stream().flatMap(p -> p.components().stream())
                .anyMatch(c -> c.code().equals(componentCode) && c.source() == ServiceIndex.Source.COMPUTED);
        if (computed) {
            throw new InvalidInputException("index766.computed", "componentCode", nameOf(componentCode));
        }
        return save(Kind.ENTRY, ward, componentCode, period, form.score(), source);
    }

    /** The portal's published score of a component, or of the whole (code TOTAL, at most 100). */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public ServiceIndex publish(Ward ward, String componentCode, Period period, IndexEntryForm form) {
        int max = maxOf(componentCode);
        String source = check(form, max, nameOf(componentCode), false);
        return save(Kind.PUBLISHED, ward, componentCode, period, form.score(), source);
    }

    @PreAuthorize("@access.enterWardWide(#ward)")
    public ServiceIndex removeEntry(Ward ward, String componentCode, Period period) {
        return remove(Kind.ENTRY, ward, componentCode, period);
    }

    @PreAuthorize("@access.enterWardWide(#ward)")
    public ServiceIndex removePublished(Ward ward, String componentCode, Period period) {
        return remove(Kind.PUBLISHED, ward, componentCode, period);
    }

    private ServiceIndex save(Kind kind, Ward ward, String code, Period period, BigDecimal score, String source) {
        long id = ward.id().value();
        var before = entries.find(kind, id, period.from(), period.to(), code);
        entries.save(kind, id, period.from(), period.to(), code, score, source, CurrentActor.name());
        String key = key(ward, code, period);
        Map<String, Object> after = source == null ? Map.of("score", score) : Map.of("score", score, "source", source);
        events.publishEvent(before.isPresent()
                ? ChangeRecorded.updated(entity(kind), key, ward.provinceId(), id, Map.of("score", before.get().score()), after)
                : ChangeRecorded.created(entity(kind), key, ward.provinceId(), id, after));
        return index.ward(ward, period);
    }

    private ServiceIndex remove(Kind kind, Ward ward, String code, Period period) {
        maxOf(code);
        long id = ward.id().value();
        var before = entries.find(kind, id, period.from(), period.to(), code)
                .orElseThrow(() -> new NotFoundException("index766.entry-not-found", "componentCode", nameOf(code)));
        entries.delete(kind, id, period.from(), period.to(), code);
        events.publishEvent(ChangeRecorded.deleted(entity(kind), key(ward, code, period), ward.provinceId(), id,
                Map.of("score", before.score())));
        return index.ward(ward, period);
    }

    /** The checked source (null when blank and not required); each refusal names its field. */
    private String check(IndexEntryForm form, int max, String name, boolean sourceRequired) {
        if (form == null || form.score() == null) {
            throw new InvalidInputException("index766.score-required", "score");
        }
        if (form.score().signum() < 0) {
            throw new InvalidInputException("index766.score-negative", "score");
        }
        if (form.score().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInputException("index766.score-above-max", "score", name, max);
        }
        if (form.score().stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("index766.score-decimals", "score");
        }
        String source = Texts.blankToNull(form.source());
        if (source == null && sourceRequired) {
            throw new InvalidInputException("index766.source-required", "source");
        }
        if (source != null && source.length() > SOURCE_LENGTH) {
            throw new InvalidInputException("index766.source-too-long", "source", SOURCE_LENGTH);
        }
        return source;
    }

    private static int maxOf(String code) {
        if (ServiceIndexCalculator.TOTAL.equals(code)) {
            return 100;
        }
        return IndexComponent.find(code)
                .orElseThrow(() -> new NotFoundException("index766.unknown-component", "componentCode", Echo.cut(code, 40))).max();
    }

    private String nameOf(String code) {
        return ServiceIndexCalculator.TOTAL.equals(code) ? messages.get("index766.total")
                : messages.get("index766." + code + ".name");
    }

    private static String entity(Kind kind) {
        return kind == Kind.ENTRY ? "service_index_entry" : "service_index_published";
    }

    private static String key(Ward ward, String code, Period period) {
        return ward.code() + "/" + period.from() + "/" + period.to() + "/" + code;
    }}
