package vn.ward57.common.table;

import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;

/**
 * The blank file an import expects, offered beside its form: one header row written from the very columns the
 * import matches (each column's first header), so the file and the import cannot drift apart. A module declares
 * one as a bean for each of its imports; {@link #find} picks it by name for the one download route.
 *
 * @param name the file's name without ".xlsx" ("mau-thiet-bi"), also its address
 */
public record ImportTemplate(String name, List<String> headers) {

    public static ImportTemplate of(String name, List<TableColumn> columns) {
        return new ImportTemplate(name, columns.stream().map(TableColumn::header).toList());
    }

    /** The workbook to download: the header row and nothing else. */
    public ResponseEntity<byte[]> download() {
        return TableExport.download("xlsx", name, headers, List.of());
    }

    /** The template of that name among those the modules declared. */
    public static Optional<ImportTemplate> find(List<ImportTemplate> declared, String name) {
        return declared.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
