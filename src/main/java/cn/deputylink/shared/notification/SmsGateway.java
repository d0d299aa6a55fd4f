package cn.deputylink.shared.notification;

/**
 * Hands a text message to the SMS provider. {@code deputylink.sms.provider} chooses the
 * implementation: {@code logging} (default; writes a masked line to the log) or {@code aliyun}
 * (Alibaba Cloud SMS, {@link AliyunSmsGateway}).
 */
public interface SmsGateway {

    /** Throws when the message could not be handed over; the calling job then retries. */
    void send(SmsMessage message);
}
