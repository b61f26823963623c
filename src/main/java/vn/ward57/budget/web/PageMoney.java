package vn.ward57.budget.web;

import java.math.BigDecimal;
import vn.ward57.budget.Money;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;

/**
 * Pages take money as people write it ("120.000.000", "120000000 đồng"); the services then refuse
 * decimals and negatives as they do for the API. A text that is no number is refused here, by field.
 */
final class PageMoney {

    private PageMoney() {
    }

    static BigDecimal read(String text, String field, Messages messages) {
        try {
            return Money.parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("budget.money.unreadable", field, messages.get("budget.field." + field),
                    vn.ward57.common.Echo.cut(text.strip(), 40));
        }
    }
}
