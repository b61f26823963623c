package vn.ward57.dossier;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ward's catalogue by code, read once for a page, so that wherever a dossier names its procedure by code the
 * page writes "name (code)". A code the catalogue lacks stays a code: the import could not name it either.
 */
public record ProcedureNames(Map<String, String> byCode) {

    public ProcedureNames {
        byCode = Map.copyOf(byCode);
    }

    public static ProcedureNames of(List<Procedure> catalogue) {
        return new ProcedureNames(catalogue.stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::name, (a, b) -> a)));
    }

    /** "Đăng ký khai sinh (1.001193)"; the code alone when the catalogue lacks it; null for none. */
    public String label(String code) {
        if (code == null) {
            return null;
        }
        String name = byCode.get(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
