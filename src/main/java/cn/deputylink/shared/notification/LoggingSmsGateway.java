package cn.deputylink.shared.notification;

import cn.deputylink.shared.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stand-in gateway for machines without an SMS contract: logs the masked number and the template. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(SmsMessage message) {
        log.info("SMS {} ({}) to {} handed to the logging gateway", message.templateCode(), message.templateKey(),
                Masking.phone(message.phone()));
    }
}
