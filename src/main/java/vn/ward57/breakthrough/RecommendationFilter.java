package vn.ward57.breakthrough;

/** Narrowing a list: scope, status, only overdue ones, words in the content/bodies; nulls do not narrow. */
public record RecommendationFilter(String scope, String status, Boolean overdue, String q) {

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null);
    }
}
