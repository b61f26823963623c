package vn.ward57.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.ward57.common.Texts;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;

/**
 * A training event to record or change, with the number of participants of each target group
 * (a group left out had none). The annotations serve the page's form; {@link #check(LocalDate)}
 * holds the rules for the API and imports too, after the access check.
 */
public record TrainingEventForm(
        @NotNull(message = "{validation.required}") LocalDate heldOn,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}")
        String title,
        @Size(max = 300, message = "{validation.too-long}") String organiser,
        @NotNull(message = "{validation.required}") TrainingFormat format,
        @NotNull(message = "{validation.required}") Programme programme,
        Long certificatesIssued,
        @Size(max = 2000, message = "{validation.too-long}") String note,
        Map<TargetGroup, Long> participants) {

    /** A day before this is a typing error: the register serves the reports of Resolution 57 (2024) on. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public TrainingEventForm {
        title = Texts.blankToNull(title);
        organiser = Texts.blankToNull(organiser);
        note = Texts.blankToNull(note);
        EnumMap<TargetGroup, Long> counts = new EnumMap<>(TargetGroup.class);
        if (participants != null) {
            participants.forEach((group, count) -> {
                if (group != null && count != null) {
                    counts.put(group, count);
                }
            });
        }
        participants = Collections.unmodifiableMap(counts);
    }

    /** The count of a group by its name (for the page's form), null when none was given. */
    public Long participantsOf(String group) {
        return participants.get(TargetGroup.valueOf(group));
    }

    /** The same event with another count for one group. */
    public TrainingEventForm withParticipants(TargetGroup group, long count) {
        EnumMap<TargetGroup, Long> counts = new EnumMap<>(TargetGroup.class);
        counts.putAll(participants);
        counts.put(group, count);
        return new TrainingEventForm(heldOn, title, organiser, format, programme, certificatesIssued, note, counts);
    }

    long totalParticipants() {
        return participants.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Throws the first broken rule, naming its field; today is the ward's. */
    public void check(LocalDate today) {
        if (heldOn == null) {
            throw new InvalidInputException("training.held-on-required", "heldOn");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidInputException("training.future-date", "heldOn", VietnameseFormat.date(heldOn));
        }
        if (heldOn.isBefore(EARLIEST)) {
            throw new InvalidInputException("training.too-early", "heldOn", VietnameseFormat.date(heldOn));
        }
        if (title == null) {
            throw new InvalidInputException("training.title-required", "title");
        }
        length(title, 500, "title");
        length(organiser, 300, "organiser");
        length(note, 2000, "note");
        if (format == null) {
            throw new InvalidInputException("training.format-required", "format");
        }
        if (programme == null) {
            throw new InvalidInputException("training.programme-required", "programme");
        }
        participants.forEach((group, count) -> {
            if (count < 0 || count > Integer.MAX_VALUE) {
                throw new InvalidInputException("training.bad-participants", "participants", group.label(), count);
            }
        });
        if (certificatesIssued != null && certificatesIssued < 0) {
            throw new InvalidInputException("training.negative-certificates", "certificatesIssued", certificatesIssued);
        }
        if (certificatesIssued != null && !participants.isEmpty() && certificatesIssued > totalParticipants()) {
            throw new InvalidInputException("training.certificates-over-participants", "certificatesIssued",
                    certificatesIssued, totalParticipants());
        }
    }

    private static void length(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException("people.too-long", field, max);
        }
    }
}
