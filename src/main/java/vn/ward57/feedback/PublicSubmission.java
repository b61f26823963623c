package vn.ward57.feedback;

/** What a resident sends on the public form; website is the honeypot field people never see. */
public record PublicSubmission(String category, String content, String address, String name, String phone,
                               String website) {
}
