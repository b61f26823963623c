package vn.ward57.figure;

import vn.ward57.common.VietnameseFormat;

/**
 * A figure of the catalogue. {@code code} is stable (indicators and validation rules store it);
 * {@code owner} is the module that owns the records; {@code records} names them, as the API's
 * {@code source} says. A module writes its figures down with {@link FigureList}.
 */
public record Figure(String code, String name, String nameEn, Unit unit, Basis basis, String owner,
                     String records, String definition) {

    /** What a value counts; percentages have 2 decimals, amounts are in đồng. */
    public enum Unit {
        COUNT("số"), PERCENT("%"), VND("đồng");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A value as every page and document writes it: 12.456; 98,70%; 1.056.000.000 đồng; "–" for none. */
        public String format(java.math.BigDecimal value) {
            if (value == null) {
                return "–";
            }
            return switch (this) {
                case PERCENT -> VietnameseFormat.percent(value);
                case COUNT -> VietnameseFormat.count(value);
                case VND -> VietnameseFormat.count(value) + " đồng";
            };
        }
    }

    /** How a period [from, to] is read. */
    public enum Basis {
        /** What happened within the period (received, issued, disbursed). */
        OVER_PERIOD("Trong kỳ"),
        /** The state on the period's last day (in post, in service, pending). */
        AS_OF_END("Tại ngày cuối kỳ"),
        /** The records have no dates: today's state, marked "theo số liệu hiện tại". */
        CURRENT("Theo số liệu hiện tại");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
