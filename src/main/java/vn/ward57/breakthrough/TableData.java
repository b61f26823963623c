package vn.ward57.breakthrough;

import java.util.List;

/** A register as a file holds it: the Vietnamese headers its import accepts, and the rows. */
public record TableData(String baseName, List<String> headers, List<List<Object>> rows) {
}
