package cn.deputylink.shared.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class NotificationConfig {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway() {
        return new LoggingSmsGateway();
    }
}
