package vn.ward57.feedback;

/**
 * What a resident sends on the public form; addressConsent: the address may be shown with the item once it is
 * published; website is the honeypot field people never see.
 */
public record PublicSubmission(String category, String content, String address, Boolean addressConsent,
                               String name, String phone, String website) {
}
