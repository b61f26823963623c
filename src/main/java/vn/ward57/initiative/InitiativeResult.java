package vn.ward57.initiative;

import java.math.BigDecimal;

/**
 * An initiative's place in the council's result: result = the mean, over the members who scored it,
 * of each member's weighted mean (rounded to 2 decimals); ties share a rank.
 */
public record InitiativeResult(int rank, long initiativeId, String code, String title, String authors,
                               String unitName, BigDecimal result, int members, Award award) {
}
