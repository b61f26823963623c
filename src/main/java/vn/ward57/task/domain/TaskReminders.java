package vn.ward57.task.domain;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ward57.common.WardTime;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.task.DueTasks;
import vn.ward57.task.MyTasks;
import vn.ward57.user.UserContact;
import vn.ward57.user.UserContacts;

/**
 * The daily reminder (07:00 Vietnam time unless ward57.reminders.cron says otherwise): for each
 * ward, logs how many tasks are overdue and due within 7 days, and e-mails each enabled user of
 * the ward who has an address the tasks of "việc của tôi" (one mail, none when there are none).
 * Without an SMTP server (spring.mail.host) there is no mail sender and only the log is written.
 */
@Component
class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final TaskRepository tasks;
    private final OrgLookup org;
    private final MyTasks myTasks;
    private final UserContacts contacts;
    private final ReminderMail mail;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    TaskReminders(TaskRepository tasks, OrgLookup org, MyTasks myTasks, UserContacts contacts, ReminderMail mail,
                  ObjectProvider<JavaMailSender> mailSender,
                  @Value("${ward57.mail.from:ward57@localhost}") String from) {
        this.tasks = tasks;
        this.org = org;
        this.myTasks = myTasks;
        this.contacts = contacts;
        this.mail = mail;
        this.mailSender = mailSender;
        this.from = from;
    }

    @Scheduled(cron = "${ward57.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        sendReminders(WardTime.today());
    }

    /** Lists each ward's due and overdue tasks as of the day and mails them; returns how many mails were sent. */
    int sendReminders(LocalDate today) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Nhắc việc {}: chưa cấu hình máy chủ thư (WARD57_SMTP_HOST) nên không gửi e-mail",
                    ReminderMail.date(today));
        }
        int sent = 0;
        for (long wardId : tasks.wardIds()) {
            Ward ward = org.ward(new WardId(wardId)).orElse(null);
            if (ward == null) {
                continue;
            }
            DueTasks all = myTasks.of(ward, null, today);
            log.info("Nhắc việc {} {}: {} nhiệm vụ quá hạn, {} sắp đến hạn trong {} ngày",
                    ReminderMail.date(today), ward.code(), all.overdue().size(), all.dueSoon().size(),
                    DueTasks.DAYS_AHEAD);
            if (sender != null && !all.isEmpty()) {
                sent += mailWard(sender, ward, all, today);
            }
        }
        return sent;
    }

    private int mailWard(JavaMailSender sender, Ward ward, DueTasks all, LocalDate today) {
        int sent = 0;
        for (UserContact user : contacts.withEmail(ward.id())) {
            String unit = MyTasks.limitedTo(user.role(), user.unitCode());
            DueTasks mine = unit == null ? all : myTasks.of(ward, unit, today);
            if (mine.isEmpty()) {
                continue;
            }
            try {
                sender.send(mail.compose(from, user, ward, unit, mine));
                sent++;
            } catch (MailException e) {
                // one bad address or a passing SMTP failure should not keep the others from their mail
                log.warn("Không gửi được thư nhắc việc cho {} <{}>: {}", user.username(), user.email(),
                        e.getMessage());
            }
        }
        if (sent > 0) {
            log.info("Nhắc việc {}: đã gửi {} thư", ward.code(), sent);
        }
        return sent;
    }
}
