package vn.ward57.budget.domain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.org.Ward;

/**
 * Lines and payments from CSV/XLSX files, imported in the background after the ward's earlier imports, all
 * or nothing: every faulty cell is listed in the import's status and nothing is written. A line file adds
 * the codes a year lacks and updates those it has ({@link LineImport}); a payment file names each payment's
 * line by year and code, and the over-estimate rule runs over the file's rows in order, on top of what each
 * line has already paid ({@link DisbursementImport}).
 */
@Service
public class BudgetImports {

    private final RegisterImports imports;
    private final LineImport lines;
    private final DisbursementImport disbursements;

    BudgetImports(RegisterImports imports, LineImport lines, DisbursementImport disbursements) {
        this.imports = imports;
        this.lines = lines;
        this.disbursements = disbursements;
    }

    /**
     * Accepts a file of lines and queues its import. confirmAmounts keeps the amounts {@link PlausibleAmount}
     * doubts; without it they are faulty rows.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importLines(Ward ward, MultipartFile file, boolean confirmAmounts) {
        return imports.start(ward.id().value(), "budget-line", "budget.imported.lines", file,
                (name, path) -> lines.write(ward, name, path, confirmAmounts));
    }

    /**
     * Accepts a file of payments and queues its import. confirmAmounts keeps the amounts
     * {@link PlausibleAmount} doubts; without it they are faulty rows.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importDisbursements(Ward ward, MultipartFile file, boolean confirmAmounts) {
        return imports.start(ward.id().value(), "disbursement", "budget.imported.disbursements", file,
                (name, path) -> disbursements.write(ward, name, path, confirmAmounts));
    }
}
