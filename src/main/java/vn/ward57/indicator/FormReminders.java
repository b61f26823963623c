package vn.ward57.indicator;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.Role;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.domain.IndicatorRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.user.UserContact;
import vn.ward57.user.UserContacts;

/**
 * The daily reminder of unit reports (issue 5): before the due day (within 3 days) and after it,
 * one mail to each user with an address who has reports to send (an officer of a unit: the unit's;
 * others: every unit's). The reports are on the home page in any case; e-mail needs SMTP.
 */
@Component
class FormReminders {

    static final int DAYS_BEFORE = 3;
    private static final Logger log = LoggerFactory.getLogger(FormReminders.class);

    private final IndicatorRepository indicators;
    private final FormCompleteness forms;
    private final OrgLookup org;
    private final UserContacts contacts;
    private final Messages messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    FormReminders(IndicatorRepository indicators, FormCompleteness forms, OrgLookup org, UserContacts contacts,
                  Messages messages, ObjectProvider<JavaMailSender> mailSender,
                  @Value("${ward57.mail.from:ward57@localhost}") String from) {
        this.indicators = indicators;
        this.forms = forms;
        this.org = org;
        this.contacts = contacts;
        this.messages = messages;
        this.mailSender = mailSender;
        this.from = from;
    }

    @Scheduled(cron = "${ward57.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        send(WardTime.today());
    }

    /** Mails the reports due within 3 days or overdue as of the day; answers how many mails were sent. */
    int send(LocalDate today) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Nhắc báo cáo {}: chưa cấu hình máy chủ thư (WARD57_SMTP_HOST) nên không gửi e-mail",
                    VietnameseFormat.date(today));
            return 0;
        }
        int sent = 0;
        for (long wardId : indicators.wardIds()) {
            Ward ward = org.ward(new WardId(wardId)).orElse(null);
            if (ward == null) {
                continue;
            }
            for (UserContact user : contacts.withEmail(ward.id())) {
                String unit = user.role() == Role.WARD_OFFICER ? user.unitCode() : null;
                List<FormCompleteness.FormDue> due = forms.due(ward, unit, today).stream()
                        .filter(f -> f.overdue() || !f.due().isAfter(today.plusDays(DAYS_BEFORE))).toList();
                if (!due.isEmpty()) {
                    sent += mail(sender, ward, user, due) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    private boolean mail(JavaMailSender sender, Ward ward, UserContact user, List<FormCompleteness.FormDue> due) {
        long overdue = due.stream().filter(FormCompleteness.FormDue::overdue).count();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(user.email());
        mail.setSubject(messages.get("formreminder.subject", ward.name(), overdue, due.size() - overdue));
        StringBuilder body = new StringBuilder(messages.get("formreminder.greeting", user.fullName())).append("\n\n");
        for (FormCompleteness.FormDue f : due) {
            body.append(messages.get(f.overdue() ? "formreminder.line-overdue" : "formreminder.line-due",
                    f.unitName(), ReportingPeriod.parse(f.period()), VietnameseFormat.date(f.due()))).append('\n');
        }
        mail.setText(body.toString());
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            // one bad address or a passing SMTP failure should not keep the others from their mail
            log.warn("Không gửi được thư nhắc báo cáo cho {} <{}>: {}", user.username(), user.email(), e.getMessage());
            return false;
        }
    }
}
