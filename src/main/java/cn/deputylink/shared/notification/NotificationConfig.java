package cn.deputylink.shared.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class NotificationConfig {

    /** {@code deputylink.sms.provider}: {@code logging} (default) or {@code aliyun}. */
    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway(SmsProperties properties) {
        return switch (properties.getProvider() == null ? "logging" : properties.getProvider().strip()) {
            case "aliyun" -> new AliyunSmsGateway(properties.getAliyun());
            case "logging", "" -> new LoggingSmsGateway();
            default -> throw new IllegalStateException("unknown deputylink.sms.provider: " + properties.getProvider()
                    + " (logging or aliyun)");
        };
    }
}
