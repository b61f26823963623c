package vn.ward57.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A procedure (thủ tục hành chính) of the ward's catalogue: national code (e.g. 1.001612), name,
 * field, level, how far it is offered online, whether it is accepted regardless of residence
 * (phi địa giới), whether it has a fee and whether the portal takes that fee online.
 */
public record Procedure(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.too-long}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String field,
        @NotNull(message = "{validation.required}") Level level,
        @NotNull(message = "{validation.required}") OnlineLevel onlineLevel,
        Boolean nonResidence,
        Boolean hasFee,
        Boolean onlinePayment) {

    public Procedure {
        nonResidence = Boolean.TRUE.equals(nonResidence);
        hasFee = Boolean.TRUE.equals(hasFee);
        onlinePayment = Boolean.TRUE.equals(onlinePayment);
    }

    /** Cấp thực hiện: the ward, the province, or central bodies. */
    public enum Level { WARD, PROVINCE, CENTRAL }

    /** DVC trực tuyến toàn trình / một phần / không. */
    public enum OnlineLevel { FULL, PARTIAL, NONE }
}
