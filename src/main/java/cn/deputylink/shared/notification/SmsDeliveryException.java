package cn.deputylink.shared.notification;

/** The SMS provider did not take a message; the calling job retries, then raises an incident. */
public class SmsDeliveryException extends RuntimeException {

    public SmsDeliveryException(String message) {
        super(message);
    }

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
