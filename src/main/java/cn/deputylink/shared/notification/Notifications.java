package cn.deputylink.shared.notification;

import cn.deputylink.shared.notification.Notification.Channel;
import cn.deputylink.shared.notification.Notification.RecipientType;
import cn.deputylink.shared.privacy.ContactAudit;
import java.time.Instant;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way workflows notify people: reminders to a department's inbox, messages to a user,
 * SMS to a citizen. Each call takes a dedupe key so that a retried job sends nothing twice.
 */
@Service
public class Notifications {

    private final NotificationRepository repository;
    private final SmsGateway sms;
    private final ContactAudit contactAudit;

    public Notifications(NotificationRepository repository, SmsGateway sms, ContactAudit contactAudit) {
        this.repository = repository;
        this.sms = sms;
        this.contactAudit = contactAudit;
    }

    @Transactional
    public void toGroup(String groupId, String businessKey, String title, String body, String dedupeKey) {
        store(RecipientType.GROUP, groupId, Channel.INBOX, title, body, businessKey, dedupeKey);
    }

    @Transactional
    public void toUser(String userId, String businessKey, String title, String body, String dedupeKey) {
        store(RecipientType.USER, userId, Channel.INBOX, title, body, businessKey, dedupeKey);
    }

    /**
     * Texts a citizen about their case. The phone is supplied lazily from the case record and is
     * neither stored here nor logged; a case without a phone number gets no message.
     */
    @Transactional
    public void toCitizen(String businessKey, Supplier<String> phone, String text, String dedupeKey) {
        if (dedupeKey != null && repository.existsByDedupeKey(dedupeKey)) {
            return;
        }
        String number = phone.get();
        if (number == null || number.isBlank()) {
            return;
        }
        contactAudit.usedBySystem(businessKey, number, "Notifications.toCitizen", "短信告知群众");
        sms.send(number, text);
        store(RecipientType.CITIZEN, businessKey, Channel.SMS, "短信通知", text, businessKey, dedupeKey);
    }

    private void store(RecipientType type, String recipient, Channel channel, String title, String body,
                       String businessKey, String dedupeKey) {
        if (dedupeKey != null && repository.existsByDedupeKey(dedupeKey)) {
            return;
        }
        repository.save(new Notification(type, recipient, channel, title, body, businessKey, dedupeKey,
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime())));
    }
}
