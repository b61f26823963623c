package vn.ward57.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.domain.IndexEntryRepository.Kind;
import vn.ward57.dossier.domain.IndexEntryRepository;
import vn.ward57.dossier.domain.IndexFigures;
import vn.ward57.dossier.domain.ServiceIndexCalculator;
import vn.ward57.dossier.domain.ServiceIndexRepository;
import vn.ward57.feedback.FeedbackIndexFigures;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The 766 service index by the method the portal publishes (issue 19), of a ward or of every ward of a
 * province: the same few aggregates whatever the number of wards (dossier figures, catalogue and
 * per-procedure counts, feedback, entries).
 */
@Service
@Transactional(readOnly = true)
public class ServiceIndexService {

    private final WardService wards;
    private final DossierStatsService stats;
    private final ServiceIndexRepository use;
    private final IndexEntryRepository entries;
    private final FeedbackStatsService feedback;
    private final ServiceIndexCalculator calculator;

    ServiceIndexService(WardService wards, DossierStatsService stats, ServiceIndexRepository use,
                        IndexEntryRepository entries, FeedbackStatsService feedback, Messages messages) {
        this.wards = wards;
        this.stats = stats;
        this.use = use;
        this.entries = entries;
        this.feedback = feedback;
        this.calculator = new ServiceIndexCalculator(messages);
    }

    /** The ward's index of the period, with the officer's entries and the portal's published scores. */
    public ServiceIndex ward(Ward ward, Period period) {
        long id = ward.id().value();
        IndexFigures figures = new IndexFigures(stats.ward(ward, period),
                use.use(List.of(id), period.from(), period.to()).getOrDefault(id, ServiceIndexRepository.Use.NONE),
                feedback.forServiceIndex(List.of(ward), period.from(), period.to()).get(ward.code()));
        return calculator.compute(period.from(), period.to(), figures, entriesOf(Kind.ENTRY, id, period),
                entriesOf(Kind.PUBLISHED, id, period));
    }

    /** Each ward of the province (key: ward code, in the province's order) for the period; its admins only. */
    public Map<String, ServiceIndex> province(Province province, Period period) {
        List<Ward> inProvince = wards.inProvince(province);
        List<Long> ids = inProvince.stream().map(w -> w.id().value()).toList();
        Map<String, DossierStats> dossiers = stats.byWard(province, period);
        Map<Long, ServiceIndexRepository.Use> counts = use.use(ids, period.from(), period.to());
        Map<String, FeedbackIndexFigures> feedbacks = feedback.forServiceIndex(inProvince, period.from(), period.to());
        var entered = entries.find(Kind.ENTRY, ids, period.from(), period.to());
        Map<String, ServiceIndex> result = new LinkedHashMap<>();
        for (Ward w : inProvince) {
            long id = w.id().value();
            IndexFigures figures = new IndexFigures(dossiers.get(w.code()),
                    counts.getOrDefault(id, ServiceIndexRepository.Use.NONE), feedbacks.get(w.code()));
            result.put(w.code(), calculator.compute(period.from(), period.to(), figures,
                    entered.getOrDefault(id, Map.of()), Map.of()));
        }
        return result;
    }

    private Map<String, IndexEntryRepository.Entry> entriesOf(Kind kind, long wardId, Period period) {
        return entries.find(kind, List.of(wardId), period.from(), period.to()).getOrDefault(wardId, Map.of());
    }
}
