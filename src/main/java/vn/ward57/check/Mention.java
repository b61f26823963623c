package vn.ward57.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number in its place: what it is, the words that name it, and the time its sentence speaks of.
 *
 * @param approximate "hơn 27.000", "khoảng 300": never compared exactly
 * @param context     the words that name it (its clause before and after), normalised and padded
 * @param qualifiers  the words of {@link Lexicon#QUALIFIERS} in its context
 * @param scope       the time its sentence speaks of
 * @param cell        for a table cell, its row and column; else null
 */
record Mention(Sentence sentence, Reading reading, Role role, Measure measure, boolean approximate, String context,
               List<String> qualifiers, Scope scope, Cell cell) {

    /** @param label the column's headers and the row's first words; @param rowLabel the row's words alone */
    record Cell(int row, int column, String label, String rowLabel) {
    }

    Block block() {
        return sentence.block();
    }

    BigDecimal value() {
        return reading.value();
    }

    String raw() {
        return reading.raw();
    }

    /** An exact figure of a result or a target: what the arithmetic checks add and divide. */
    boolean isExact() {
        return role.isFigure() && !approximate && reading.value() != null;
    }

    boolean isCount() {
        return measure == Measure.COUNT && reading.form() != Reading.Form.FRACTION;
    }

    boolean says(List<String> phrases) {
        return Lexicon.any(context, phrases);
    }
}
