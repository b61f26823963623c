package vn.ward57.indicator.web;

import org.springframework.web.util.UriComponentsBuilder;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.figure.Figure;

/**
 * The page of the records behind a computed indicator's value: the list its figure counts, with the list's own
 * filters set to the period (the dossiers of a count, the tasks as of the period's end, the certificates issued
 * to bodies within it …), else the register the figure's owner keeps.
 */
final class RecordsLink {

    private RecordsLink() {
    }

    static String of(String ward, Figure figure, ReportingPeriod period) {
        String from = period.from().toString();
        String to = period.to().toString();
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/wards/{ward}");
        switch (figure.code()) {
            case "DOSSIER_RECEIVED" -> dossiers(page, from, to, "received");
            case "DOSSIER_NEW" -> dossiers(page, from, to, "newlyReceived");
            case "DOSSIER_CARRIED_OVER" -> dossiers(page, from, to, "carriedOver");
            case "DOSSIER_RESOLVED" -> dossiers(page, from, to, "resolved");
            case "DOSSIER_PENDING" -> dossiers(page, from, to, "pending");
            case "DOSSIER_PENDING_OVERDUE" -> dossiers(page, from, to, "pendingOverdue");
            case "PROCEDURES", "PROCEDURES_FULL_ONLINE", "PROCEDURES_FULL_ONLINE_SHARE" -> page.path("/procedures");
            case "TASKS_OVERDUE" -> page.path("/tasks").queryParam("asOf", to).queryParam("status", "OVERDUE");
            case "TASKS_DONE_LATE" -> page.path("/tasks").queryParam("asOf", to).queryParam("status", "DONE_LATE");
            case "CERTIFICATES_FOR_BODIES" -> certificates(page, from, to, "BODY");
            case "CERTIFICATES_FOR_PEOPLE" -> certificates(page, from, to, "PERSON");
            case "CAMERAS", "CAMERA_GROUP_SHARE" -> page.path("/assets").queryParam("kind", "CAMERA");
            case "STAFF_TRAINED", "STAFF_TRAINED_SHARE" -> page.path("/staff").queryParam("inPostOn", to);
            case "TRAINING_EVENTS", "TRAINING_PARTICIPANTS" ->
                    page.path("/training-events").queryParam("from", from).queryParam("to", to);
            case "DIGITAL_GROUPS" -> page.path("/digital-groups").queryParam("period", period.code());
            case "RESIDENTIAL_GROUPS" -> page.path("/residential-groups");
            case "VALIDATION_BROKEN" -> page.path("/validation-violations").queryParam("period", period.code());
            default -> byOwner(page, figure.owner(), from, to, period);
        }
        return page.buildAndExpand(ward).encode().toUriString();
    }

    /** The rates and the figures without a list of their own: the owner's page of the period. */
    private static void byOwner(UriComponentsBuilder page, String owner, String from, String to,
                                ReportingPeriod period) {
        switch (owner) {
            case "dossier" -> page.path("/dossiers").queryParam("from", from).queryParam("to", to);
            case "task" -> page.path("/tasks").queryParam("asOf", to);
            case "feedback" -> page.path("/feedback");
            case "initiative" -> page.path("/initiatives");
            case "org" -> page.path("/staffing");
            case "people" -> page.path("/staff");
            case "community" -> page.path("/community-teams");
            case "asset" -> page.path("/assets");
            case "budget" -> page.path("/budget").queryParam("year", period.year());
            case "indicator" -> page.path("/forms").queryParam("period", period.code());
            default -> page.path("/registers");
        }
    }

    private static void dossiers(UriComponentsBuilder page, String from, String to, String figure) {
        page.path("/dossiers/list").queryParam("from", from).queryParam("to", to).queryParam("figure", figure);
    }

    private static void certificates(UriComponentsBuilder page, String from, String to, String holder) {
        page.path("/certificates").queryParam("from", from).queryParam("to", to).queryParam("holder", holder);
    }
}
