package vn.ward57.dossier.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.web.Messages;

/** How the 766 page writes a component's inputs: "Tử số: 12", "Tỷ lệ: 75,00%" (used as @indexInputs). */
@Component("indexInputs")
public class IndexInputFormat {

    private static final Set<String> PERCENTS = Set.of("rate", "overdueRate", "fullAt", "complaintRate");

    private final Messages messages;

    IndexInputFormat(Messages messages) {
        this.messages = messages;
    }

    public String label(String key) {
        return messages.get("index766.input." + key);
    }

    public String value(String key, Object value) {
        return switch (value) {
            case null -> messages.get("index766.input.none");
            case BigDecimal d when PERCENTS.contains(key) -> VietnameseFormat.percent(d);
            case BigDecimal d -> VietnameseFormat.decimal(d);
            case Number n -> VietnameseFormat.count(n);
            case OffsetDateTime t -> VietnameseFormat.dateTime(t);
            default -> value.toString();
        };
    }

    public String points(BigDecimal value) {
        return VietnameseFormat.decimal(value);
    }

    /** A difference with its sign: "+1,25", "−0,50", "0,00". */
    public String signed(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + VietnameseFormat.decimal(value.abs());
    }
}
