package vn.ward57.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service index of Quyết định 766/QĐ-TTg of a ward for a period (issue 19's contract: these field
 * names exactly). total sums the scores of the covered components (COMPUTED or ENTERED), coveredMax
 * their maxima; a MISSING component has no score and is in neither. published and difference (on the
 * whole and on each component) compare with the portal's published score the officer entered.
 */
public record ServiceIndex(LocalDate from, LocalDate to, BigDecimal total, int coveredMax, List<Part> parts,
                           BigDecimal published, BigDecimal difference) {

    public enum Source { COMPUTED, ENTERED, MISSING }

    /** One part: score = sum of its covered components (null when none is covered), max its 766 maximum. */
    public record Part(String code, String name, int max, BigDecimal score, int coveredMax,
                       List<Component> components) {
    }

    /**
     * One component: inputs are the named numbers of its formula (or, when ENTERED, the source, who and
     * when); whatIf says what would change the score, null when it is full or not computed.
     */
    public record Component(String code, String name, int max, BigDecimal score, Source source, String formula,
                            Map<String, Object> inputs, String whatIf, BigDecimal published,
                            BigDecimal difference) {
    }

    /** The codes of the components that have a score (computed or entered). */
    public Set<String> coveredCodes() {
        return parts.stream().flatMap(p -> p.components().stream()).filter(c -> c.score() != null)
                .map(Component::code).collect(Collectors.toSet());
    }

    /** The sum of the scores of the given components (each must be covered here). */
    public BigDecimal scoreOn(Set<String> codes) {
        return parts.stream().flatMap(p -> p.components().stream()).filter(c -> codes.contains(c.code()))
                .map(Component::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
