package vn.ward57.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import vn.ward57.common.Texts;

/**
 * A saved column mapping for exports whose headers ward57 does not recognise: {@code columns} maps
 * a canonical column name ({@code dossier_code}, {@code received_at}, …) to the file's header.
 * A vendor status column may stand for the result and withdrawal dates: a row whose
 * {@code statusColumn} holds one of {@code resolvedValues} was resolved on the date in
 * {@code statusDateColumn}, one of {@code withdrawnValues} was withdrawn on it.
 */
public record ImportProfile(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
        Map<String, String> columns,
        @Size(max = 200, message = "{validation.too-long}") String statusColumn,
        @Size(max = 200, message = "{validation.too-long}") String statusDateColumn,
        List<String> resolvedValues,
        List<String> withdrawnValues) {

    public ImportProfile {
        name = name == null ? null : name.strip();
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        statusColumn = Texts.blankToNull(statusColumn);
        statusDateColumn = Texts.blankToNull(statusDateColumn);
        resolvedValues = resolvedValues == null ? List.of() : List.copyOf(resolvedValues);
        withdrawnValues = withdrawnValues == null ? List.of() : List.copyOf(withdrawnValues);
    }

    public boolean hasStatus() {
        return statusColumn != null;
    }
}
