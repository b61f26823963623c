package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Category;
import vn.ward57.budget.Disbursement;
import vn.ward57.budget.domain.BudgetImports;
import vn.ward57.budget.domain.BudgetTables;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Ngân sách: tệp",
        description = "Lines and payments imported from CSV/XLSX (in the background, all or nothing) and exported")
class BudgetFileApiController {

    private final BudgetImports imports;
    private final BudgetTables tables;

    BudgetFileApiController(BudgetImports imports, BudgetTables tables) {
        this.imports = imports;
        this.tables = tables;
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or none:
     * the import's status then lists every faulty cell (row, column, value, why). The file is optional here so
     * that access is checked before it is asked for. confirmAmounts=true keeps amounts the plausibility rule
     * doubts; without it they are faulty rows.
     */
    @PostMapping("/budget-line-imports")
    ResponseEntity<RegisterImport> importLines(Ward ward,
                                               @RequestParam(required = false) MultipartFile file,
                                               @RequestParam(defaultValue = "false") boolean confirmAmounts) {
        return RegisterImports.accepted(imports.importLines(ward, file, confirmAmounts));
    }

    /** As the lines' import: 202 and the import followed at its Location. */
    @PostMapping("/disbursement-imports")
    ResponseEntity<RegisterImport> importDisbursements(Ward ward,
                                                       @RequestParam(required = false) MultipartFile file,
                                                       @RequestParam(defaultValue = "false") boolean confirmAmounts) {
        return RegisterImports.accepted(imports.importDisbursements(ward, file, confirmAmounts));
    }

    /** The lines with their adjusted estimate, disbursed and rate: …/budget-lines.csv or .xlsx. */
    @GetMapping({"/budget-lines.csv", "/budget-lines.xlsx"})
    ResponseEntity<byte[]> exportLines(Ward ward, @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) Category category,
                                       @RequestParam(required = false) String q, HttpServletRequest request) {
        var table = tables.lines(ward, new BudgetLine.Filter(year, category, q));
        return TableExport.download(format(request), table);
    }

    @GetMapping({"/disbursements.csv", "/disbursements.xlsx"})
    ResponseEntity<byte[]> exportDisbursements(Ward ward,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long budgetLineId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request) {
        var table = tables.disbursements(ward, new Disbursement.Filter(year, budgetLineId, from, to));
        return TableExport.download(format(request), table);
    }

    private static String format(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv";
    }


}
