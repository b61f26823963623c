package vn.ward57.people;

import java.util.List;

/** A register as a table to download: the file's base name, the Vietnamese headers an import accepts, the rows. */
public record TableData(String baseName, List<String> headers, List<List<?>> rows) {
}
