package vn.ward57.community;

/**
 * A team to create or change (the API's body and the page's form). The residential group is named by
 * its code; dates are text (2026-01-15 or 15/01/2026) so that a wrong one is refused by name.
 */
public record TeamForm(String residentialGroup, String name, String foundedOn, String dissolvedOn, String note) {
}
