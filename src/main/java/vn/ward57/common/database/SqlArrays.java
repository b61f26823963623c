package vn.ward57.common.database;

import java.time.LocalDate;
import java.util.stream.Stream;

/** Values of a batch written as arrays that the statement unnests (imports write 1.000 rows a statement). */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** Dates as ISO text, cast by the statement (?::date[]): the driver has no array type of dates. */
    public static String[] dates(Stream<LocalDate> dates) {
        return dates.map(d -> d == null ? null : d.toString()).toArray(String[]::new);
    }
}
