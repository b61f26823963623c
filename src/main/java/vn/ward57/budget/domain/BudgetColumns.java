package vn.ward57.budget.domain;

import java.util.List;
import java.util.stream.Stream;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableRow;

/**
 * The columns of the budget's files, Vietnamese headers first. An export writes the import's columns
 * then figures the import ignores (adjusted, disbursed, rate), so that an exported file imports back.
 */
final class BudgetColumns {

    static final TableColumn YEAR = TableColumn.required("Năm", 10, "năm ngân sách", "fiscal_year", "fiscal year");
    static final TableColumn CATEGORY = TableColumn.required("Nhóm chi", 100, "nhóm", "lĩnh vực", "category");
    static final TableColumn CODE = TableColumn.required("Mã", 50, "mã dòng", "code");
    static final TableColumn NAME = TableColumn.required("Nội dung", 1000, "nội dung chi", "tên", "name");
    static final TableColumn ESTIMATE = TableColumn.required("Dự toán (đồng)", 40, "dự toán", "estimate");
    static final TableColumn SOURCE = TableColumn.optional("Nguồn kinh phí", 300, "funding_source", "funding source");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", 2000, "note");

    static final List<TableColumn> LINES = List.of(YEAR, CATEGORY, CODE, NAME, ESTIMATE, SOURCE, NOTE);
    static final List<String> LINE_FIGURES = List.of("Dự toán sau điều chỉnh (đồng)", "Đã giải ngân (đồng)",
            "Tỷ lệ giải ngân (%)");

    static final TableColumn LINE_CODE = TableColumn.required("Mã dòng", 50, "mã", "mã dòng dự toán", "line_code");
    static final TableColumn PAID_ON = TableColumn.required("Ngày chi", 30, "ngày giải ngân", "ngày", "paid_on");
    static final TableColumn AMOUNT = TableColumn.required("Số tiền (đồng)", 40, "số tiền", "amount");
    static final TableColumn DOCUMENT = TableColumn.optional("Chứng từ", 300, "số chứng từ", "document");
    static final TableColumn REASON = TableColumn.optional("Lý do chi vượt dự toán", 2000, "override_reason");

    static final List<TableColumn> DISBURSEMENTS = List.of(YEAR, LINE_CODE, PAID_ON, AMOUNT, DOCUMENT, NOTE, REASON);
    static final List<String> DISBURSEMENT_FIGURES = List.of("Nội dung dòng", "Người duyệt chi vượt");

    private BudgetColumns() {
    }

    /** The year of a row, between 2000 and 2100 (else a fault and null). */
    static Integer year(TableRow row) {
        Long year = row.count(YEAR);
        if (year != null && (year < 2000 || year > 2100)) {
            row.fault(YEAR, "budget.import.bad-year");
            return null;
        }
        return year == null ? null : year.intValue();
    }

    /** A line's code in the column, as a line's code must be written (else a fault and null). */
    static String code(TableRow row, TableColumn column) {
        String code = row.text(column);
        if (code != null && !code.matches(BudgetLines.CODE)) {
            row.fault(column, "budget.code.pattern", code);
            return null;
        }
        return code;
    }

    static List<String> headers(List<TableColumn> columns, List<String> figures) {
        return Stream.concat(columns.stream().map(TableColumn::header), figures.stream()).toList();
    }
}
