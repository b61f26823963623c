package vn.ward57.check;

import java.time.LocalDate;
import java.util.List;

/**
 * What the caller knows: its computed figures (ward57's report figures today, the figure catalogue later),
 * the period they cover, and documents whose dates it holds.
 */
public interface KnownFigures {

    List<KnownFigure> figures();

    /** The first day of the period the figures cover, or null when unknown. */
    default LocalDate from() {
        return null;
    }

    /** The last day (a stock such as the pending dossiers is counted at this day), or null. */
    default LocalDate to() {
        return null;
    }

    /** Documents of the caller's own register; they are checked besides the national table. */
    default List<KnownDocument> documents() {
        return List.of();
    }

    /** Nothing known: only the text's own consistency is checked (an uploaded document). */
    static KnownFigures none() {
        return List::of;
    }
}
