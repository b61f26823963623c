package vn.ward57.dossier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.IndexComponent;
import vn.ward57.dossier.IndexPart;
import vn.ward57.dossier.ServiceIndex.Component;
import vn.ward57.dossier.ServiceIndex.Part;
import vn.ward57.dossier.ServiceIndex.Source;
import vn.ward57.dossier.ServiceIndex;
import vn.ward57.dossier.domain.IndexEntryRepository.Entry;

/**
 * Puts the index together: a component computed from ward57's records is COMPUTED; one without a score
 * from them takes the officer's entry (ENTERED) or stays MISSING. Names and formulas in the reader's
 * language; the portal's published scores beside, with the difference.
 */
public final class ServiceIndexCalculator {

    /** The code under which the portal's published total is kept. */
    static final String TOTAL = "TOTAL";

    private final Messages messages;

    public ServiceIndexCalculator(Messages messages) {
        this.messages = messages;
    }

    public ServiceIndex compute(LocalDate from, LocalDate to, IndexFigures figures, Map<String, Entry> entries,
                         Map<String, Entry> published) {
        Map<IndexComponent, IndexComputations.Computed> computed = IndexComputations.of(figures);
        List<Part> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int coveredMax = 0;
        for (IndexPart part : IndexPart.values()) {
            List<Component> components = new ArrayList<>();
            BigDecimal partScore = null;
            int partCovered = 0;
            for (IndexComponent c : IndexComponent.values()) {
                if (c.part() != part) {
                    continue;
                }
                Component component = component(c, computed.get(c), entries.get(c.name()), published.get(c.name()));
                components.add(component);
                if (component.score() != null) {
                    partScore = (partScore == null ? BigDecimal.ZERO.setScale(2) : partScore).add(component.score());
                    partCovered += c.max();
                }
            }
            parts.add(new Part(part.name(), messages.get("index766.part." + part.name()), part.max(), partScore,
                    partCovered, components));
            total = partScore == null ? total : total.add(partScore);
            coveredMax += partCovered;
        }
        Entry publishedTotal = published.get(TOTAL);
        return new ServiceIndex(from, to, total, coveredMax, parts, publishedTotal == null ? null : publishedTotal.score(),
                difference(total, publishedTotal));
    }

    private Component component(IndexComponent c, IndexComputations.Computed computed, Entry entry, Entry published) {
        String name = messages.get("index766." + c.name() + ".name");
        String formula = messages.get("index766." + c.name() + ".formula");
        Map<String, Object> inputs = computed == null ? new LinkedHashMap<>() : new LinkedHashMap<>(computed.inputs());
        BigDecimal score;
        Source source;
        String whatIf = null;
        if (computed != null && computed.score() != null) {
            score = computed.score();
            source = Source.COMPUTED;
            List<String> sentences = computed.whatIf().stream()
                    .map(w -> messages.get("index766.whatif." + w.key(), w.args())).toList();
            whatIf = sentences.isEmpty() ? null : String.join("; ", sentences);
        } else if (entry != null) {
            score = entry.score();
            source = Source.ENTERED;
            inputs.put("source", entry.source());
            inputs.put("enteredBy", entry.enteredBy());
            inputs.put("enteredAt", entry.enteredAt());
        } else {
            score = null;
            source = Source.MISSING;
        }
        return new Component(c.name(), name, c.max(), score, source, formula, inputs, whatIf,
                published == null ? null : published.score(), difference(score, published));
    }

    /** ward57's score minus the portal's; null unless both are known. */
    private static BigDecimal difference(BigDecimal score, Entry published) {
        return score == null || published == null ? null : score.subtract(published.score());
    }
}
