package vn.ward57.report.web;

import vn.ward57.report.NarrativeFix;

/**
 * Where the typed number stood, as a problem's "Thay bằng số liệu hệ thống" button posts it (hidden fields) or
 * the API's body (the problem's {@code fix}); boxed, so that a missing one is refused by the service, after the
 * ward's access is checked, rather than by the JSON reader.
 */
record FixFields(String section, Integer paragraph, Integer start, Integer end, String written) {

    /** Null when a field is missing: the service refuses it. */
    NarrativeFix fix() {
        if (section == null || paragraph == null || start == null || end == null || written == null) {
            return null;
        }
        return new NarrativeFix(section, paragraph, start, end, written, null);
    }
}
