package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.org.Ward;
import vn.ward57.task.DueTasks;
import vn.ward57.task.Task;
import vn.ward57.user.UserContact;

/** The plain-text Vietnamese reminder e-mail to one user: their overdue tasks, then those due soon. */
@Component
class ReminderMail {

    // reminders go out before anyone has chosen a language: the wards' own, Vietnamese (messages.properties)
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ReminderMail(MessageSource messages) {
        this.messages = messages;
    }

    /** unit: the unit the user is limited to, or null for the whole ward. */
    SimpleMailMessage compose(String from, UserContact to, Ward ward, String unit, DueTasks due) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.email());
        mail.setSubject(text("reminder.mail.subject", ward.name(), due.overdue().size(), due.dueSoon().size()));
        StringBuilder body = new StringBuilder()
                .append(text("reminder.mail.greeting", to.fullName())).append("\n\n")
                .append(unit == null
                        ? text("reminder.mail.intro-ward", date(due.today()), ward.name())
                        : text("reminder.mail.intro-unit", date(due.today()), ward.name(), due.unitName(unit)))
                .append("\n");
        group(body, "reminder.mail.overdue", due.overdue(), due);
        group(body, "reminder.mail.due-soon", due.dueSoon(), due);
        body.append("\n").append(text("reminder.mail.footer")).append("\n");
        mail.setText(body.toString());
        return mail;
    }

    private void group(StringBuilder body, String heading, List<Task> tasks, DueTasks due) {
        if (tasks.isEmpty()) {
            return;
        }
        body.append("\n").append(text(heading, tasks.size())).append("\n");
        for (Task t : tasks) {
            String lead = t.leadUnit() == null ? text("reminder.mail.no-lead") : due.unitName(t.leadUnit());
            body.append(text("reminder.mail.task", t.code(), t.title(), date(t.deadline()), lead)).append("\n");
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    static String date(LocalDate date) {
        return VietnameseFormat.date(date);
    }
}
