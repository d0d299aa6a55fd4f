package cn.deputylink.shared.notification;

import cn.deputylink.shared.notification.Notification.Channel;
import cn.deputylink.shared.notification.Notification.RecipientType;
import cn.deputylink.shared.privacy.ContactAudit;
import java.time.Instant;
import java.util.Map;
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
    private final SmsTemplates templates;

    public Notifications(NotificationRepository repository, SmsGateway sms, ContactAudit contactAudit,
                         SmsTemplates templates) {
        this.repository = repository;
        this.sms = sms;
        this.contactAudit = contactAudit;
        this.templates = templates;
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
     * Texts a citizen about their case with free text, through the general template
     * ({@value SmsTemplates#NOTICE}, whose one parameter is the text). Prefer
     * {@link #smsToCitizen} with a template of its own: providers approve templates, not texts.
     */
    @Transactional
    public void toCitizen(String businessKey, Supplier<String> phone, String text, String dedupeKey) {
        smsToCitizen(businessKey, phone, SmsTemplates.NOTICE, Map.of("content", text), dedupeKey);
    }

    /**
     * Texts a citizen about their case with a configured template (config/sms.yml) and its
     * parameters. The phone is supplied lazily from the case record and is neither stored here nor
     * logged; a case without a phone number gets no message. The outbox keeps the rendered text with its secrets masked.
     */
    @Transactional
    public void smsToCitizen(String businessKey, Supplier<String> phone, String templateKey,
                             Map<String, String> params, String dedupeKey) {
        if (dedupeKey != null && repository.existsByDedupeKey(dedupeKey)) {
            return;
        }
        String number = phone.get();
        if (number == null || number.isBlank()) {
            return;
        }
        contactAudit.usedBySystem(businessKey, number, "Notifications.toCitizen", "短信告知群众");
        SmsMessage message = templates.message(number, templateKey, params);
        sms.send(message);
        String title = message.templateName() == null ? "短信通知" : "短信：" + message.templateName();
        store(RecipientType.CITIZEN, businessKey, Channel.SMS, title, message.keptText(), businessKey, dedupeKey);
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
