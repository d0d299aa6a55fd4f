package cn.deputylink.shared.notification;

/**
 * Sends a text message. The default implementation only writes a masked line to the log; a
 * deployment plugs in its operator's SMS API as a bean of this type.
 */
public interface SmsGateway {

    /** Throws when the message could not be handed over; the calling job then retries. */
    void send(String phone, String text);
}
