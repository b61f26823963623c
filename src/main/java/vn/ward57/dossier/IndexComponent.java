package vn.ward57.dossier;

import java.util.Optional;

/**
 * The components of each part of the 766 index with their points, as the portal's published components
 * name them. Names, formulas and what-if sentences are messages {@code index766.<code>.*}. The 12 points
 * of online services are split 4 + 4 + 4 over its three components: the portal publishes no weights, and
 * the formulas say so.
 */
public enum IndexComponent {
    TRANSPARENCY_PUBLISH_ON_TIME(IndexPart.TRANSPARENCY, 6),
    TRANSPARENCY_UPDATE_ON_TIME(IndexPart.TRANSPARENCY, 4),
    TRANSPARENCY_CONTENT_FULL(IndexPart.TRANSPARENCY, 2),
    TRANSPARENCY_SYNC(IndexPart.TRANSPARENCY, 6),
    PROGRESS_TIMELY(IndexPart.PROGRESS, 20),
    ONLINE_PROCEDURES(IndexPart.ONLINE_SERVICE, 4),
    ONLINE_SERVICES_USED(IndexPart.ONLINE_SERVICE, 4),
    ONLINE_DOSSIERS(IndexPart.ONLINE_SERVICE, 4),
    PAYMENT_PROCEDURES(IndexPart.ONLINE_PAYMENT, 2),
    PAYMENT_TRANSACTIONS(IndexPart.ONLINE_PAYMENT, 2),
    PAYMENT_DOSSIERS(IndexPart.ONLINE_PAYMENT, 6),
    DIGITISED_RESULTS(IndexPart.DIGITISATION, 6),
    DIGITISED_COMPONENTS(IndexPart.DIGITISATION, 4),
    CERTIFIED_COPIES(IndexPart.DIGITISATION, 2),
    DATA_REUSE(IndexPart.DIGITISATION, 2),
    PERSONAL_DATA_STORE(IndexPart.DIGITISATION, 4),
    POPULATION_DB_DOSSIERS(IndexPart.DIGITISATION, 2),
    POPULATION_DB_PROCEDURES(IndexPart.DIGITISATION, 2),
    FEEDBACK_ON_TIME(IndexPart.SATISFACTION, 6),
    FEEDBACK_SATISFACTION(IndexPart.SATISFACTION, 6),
    DOSSIER_SATISFACTION(IndexPart.SATISFACTION, 6);

    private final IndexPart part;
    private final int max;

    IndexComponent(IndexPart part, int max) {
        this.part = part;
        this.max = max;
    }

    public IndexPart part() {
        return part;
    }

    public int max() {
        return max;
    }

    public static Optional<IndexComponent> find(String code) {
        for (IndexComponent c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
