package vn.ward57.common.table;

import java.util.List;

/** A register as a file holds it: the file's base name, the Vietnamese headers its import accepts, the rows. */
public record TableData(String baseName, List<String> headers, List<? extends List<?>> rows) {
}
