package vn.ward57.dossier;

import java.math.BigDecimal;

/**
 * An officer's score of a 766 component for a period: an entry (a component ward57 cannot compute; source
 * required: where the figure comes from) or the portal's published score (source optional).
 */
public record IndexEntryForm(BigDecimal score, String source) {
}
