package vn.ward57.report.domain;

import java.util.List;

/**
 * One section of a kind's outline. Its key names the officer's narrative across reports (a new report
 * carries the narrative of the same key over), so keys never change once shipped.
 *
 * @param lines       paragraphs the system writes; {@code {figure.key}} is replaced by the figure's text
 * @param narrative   whether the officer writes text under it
 * @param appendixRef the reference printed under it, e.g. "(Có Phụ lục I kèm theo)."
 */
record SectionSpec(String key, int level, String heading, List<String> lines, boolean narrative,
                   String appendixRef) {

    static SectionSpec part(String key, String heading) {
        return new SectionSpec(key, 1, heading, List.of(), false, null);
    }

    static SectionSpec heading(String key, int level, String heading) {
        return new SectionSpec(key, level, heading, List.of(), false, null);
    }

    static SectionSpec text(String key, int level, String heading) {
        return new SectionSpec(key, level, heading, List.of(), true, null);
    }

    static SectionSpec figures(String key, int level, String heading, String... lines) {
        return new SectionSpec(key, level, heading, List.of(lines), true, null);
    }

    SectionSpec appendix(String number) {
        return new SectionSpec(key, level, heading, lines, narrative, "(Có Phụ lục " + number + " kèm theo).");
    }
}
