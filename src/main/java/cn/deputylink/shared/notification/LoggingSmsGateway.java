package cn.deputylink.shared.notification;

import cn.deputylink.shared.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stand-in gateway for machines without an SMS contract: logs the masked number and length. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS to {} ({} characters) handed to the logging gateway", Masking.phone(phone), text.length());
    }
}
