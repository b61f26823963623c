package vn.ward57.report.web;

import vn.ward57.report.NarrativeFix;

/** The hidden fields of a problem's "Thay bằng số liệu hệ thống" button: where the typed number stood. */
record FixFields(String section, Integer paragraph, Integer start, Integer end, String written) {

    /** Null when a field is missing: the service refuses it. */
    NarrativeFix fix() {
        if (section == null || paragraph == null || start == null || end == null || written == null) {
            return null;
        }
        return new NarrativeFix(section, paragraph, start, end, written, null);
    }
}
