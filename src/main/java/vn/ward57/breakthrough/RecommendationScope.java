package vn.ward57.breakthrough;

/** The two groups of Phụ lục X: what the ward resolves itself, what needs a department or a higher level. */
public enum RecommendationScope {
    SELF, HIGHER
}
