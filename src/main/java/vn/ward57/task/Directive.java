package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A directive document (văn bản chỉ đạo) as the ward keeps it: its kind by the Decree 30
 * abbreviation, its number and symbol as written ("02-KH/BCĐTW"), date, issuer, who signed, and the
 * documents it implements.
 */
public record Directive(long id, String wardCode, DirectiveType type, String number, LocalDate issuedOn,
                        String issuer, String title, String summary, String signerName, SignerRole signerRole,
                        boolean issuedByWard, List<Long> implementsIds) {

    /** Who signed for the body: its head (TM.) or a deputy (KT.), as Phụ lục I counts them. */
    public enum SignerRole { HEAD, DEPUTY }
}
